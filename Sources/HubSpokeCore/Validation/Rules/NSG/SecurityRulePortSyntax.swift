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
            for rule in nsg.securityRules {
                let path = ResourcePath.child(nsg.name, .securityRules, rule.name)
                let fields: [(String, [String])] = [
                    ("sourcePortRange", rule.sourcePortRange.map { [$0] } ?? []),
                    ("sourcePortRanges", rule.sourcePortRanges ?? []),
                    ("destinationPortRange", rule.destinationPortRange.map { [$0] } ?? []),
                    ("destinationPortRanges", rule.destinationPortRanges ?? []),
                ]
                for (field, values) in fields {
                    for value in values {
                        guard case .failure(let error) = PortRange.parse(value) else { continue }
                        findings.append(
                            finding(
                                "\(path) \(field): \(error). Azure rejects the NSG.", resources: [path], field: field))
                    }
                }
            }
        }
    }
}
