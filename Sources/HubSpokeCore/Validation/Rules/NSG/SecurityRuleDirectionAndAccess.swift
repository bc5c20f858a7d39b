/// `direction` and `access` are enumerations: Inbound/Outbound and Allow/Deny. ARM compares
/// enum values without regard to case (`inbound` deploys) but rejects anything else.
struct SecurityRuleDirectionAndAccess: Rule {
    static let id = "NSG-004"
    static let severity: Severity = .error
    static let title = "Security rule direction or access is not a valid value"
    static let help =
        "A security rule's direction is Inbound or Outbound and its access is Allow or Deny; ARM rejects other values."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for nsg in context.design.networkSecurityGroups {
            for i in nsg.securityRules.indices {
                var path: String { ResourcePath.child(nsg.name, .securityRules, nsg.securityRules[i].name) }
                if SecurityRuleDirection(nsg.securityRules[i].direction) == nil {
                    let guess = nsg.securityRules[i].direction.asciiLowercased.hasPrefix("o") ? "Outbound" : "Inbound"
                    findings.append(
                        finding(
                            "\(path) has direction '\(nsg.securityRules[i].direction)': Azure accepts only Inbound or Outbound and "
                                + "rejects the NSG. Did you mean \(guess)?",
                            resources: [path], field: "direction"))
                }
                if SecurityRuleAccess(nsg.securityRules[i].access) == nil {
                    let lowered = nsg.securityRules[i].access.asciiLowercased
                    let guess =
                        lowered.hasPrefix("d") || lowered.hasPrefix("b") || lowered.hasPrefix("r") ? "Deny" : "Allow"
                    findings.append(
                        finding(
                            "\(path) has access '\(nsg.securityRules[i].access)': Azure accepts only Allow or Deny and rejects the "
                                + "NSG. Did you mean \(guess)?",
                            resources: [path], field: "access"))
                }
            }
        }
    }
}
