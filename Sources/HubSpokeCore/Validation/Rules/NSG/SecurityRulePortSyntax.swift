/// Port values are `*`, one port from 0 to 65535, or a range `low-high` with low ≤ high.
/// Several values go into the plural `…PortRanges` list, never into one comma-separated string;
/// ARM rejects anything else.
struct SecurityRulePortSyntax: Rule {
    static let id = "NSG-006"
    static let severity: Severity = .error
    static let title = "Security rule port value is malformed"
    static let help =
        "A port value is '*', a single port from 0 to 65535, or a range such as 8000-8080 whose start is not "
        + "above its end. Several values belong in sourcePortRanges / destinationPortRanges. ARM rejects other values."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for nsg in context.design.networkSecurityGroups {
            for i in nsg.securityRules.indices {
                if let value = nsg.securityRules[i].sourcePortRange {
                    check(
                        value, field: "sourcePortRange", nsg: nsg, ruleName: nsg.securityRules[i].name, into: &findings)
                }
                for value in nsg.securityRules[i].sourcePortRanges ?? [] {
                    check(
                        value, field: "sourcePortRanges", nsg: nsg, ruleName: nsg.securityRules[i].name, into: &findings
                    )
                }
                if let value = nsg.securityRules[i].destinationPortRange {
                    check(
                        value, field: "destinationPortRange", nsg: nsg, ruleName: nsg.securityRules[i].name,
                        into: &findings)
                }
                for value in nsg.securityRules[i].destinationPortRanges ?? [] {
                    check(
                        value, field: "destinationPortRanges", nsg: nsg, ruleName: nsg.securityRules[i].name,
                        into: &findings)
                }
            }
        }
    }

    private func check(
        _ value: String, field: String, nsg: NetworkSecurityGroup, ruleName: String, into findings: inout [Finding]
    ) {
        guard value != "*", case .failure(let error) = PortRange.parse(value) else { return }
        let path = ResourcePath.child(nsg.name, .securityRules, ruleName)
        findings.append(finding("\(path) \(field): \(error). Azure rejects the NSG.", resources: [path], field: field))
    }
}
