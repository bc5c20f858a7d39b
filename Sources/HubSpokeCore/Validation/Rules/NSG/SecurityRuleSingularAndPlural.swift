/// Each of a rule's prefix and port fields has a singular and a plural form
/// (`destinationPortRange` / `destinationPortRanges`); they are alternatives, and ARM rejects a
/// rule that sets both. An empty plural list next to a singular value is what Azure itself
/// exports and deploys, so it is not reported.
struct SecurityRuleSingularAndPlural: Rule {
    static let id = "NSG-007"
    static let severity: Severity = .error
    static let title = "Security rule sets both the singular and the plural form of a field"
    static let help =
        "sourcePortRange/sourcePortRanges, destinationPortRange/destinationPortRanges, "
        + "sourceAddressPrefix/sourceAddressPrefixes and destinationAddressPrefix/destinationAddressPrefixes are "
        + "mutually exclusive; ARM rejects a rule that sets both forms."
    static let source = "https://learn.microsoft.com/rest/api/virtualnetwork/security-rules/create-or-update"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for nsg in context.design.networkSecurityGroups {
            for rule in nsg.securityRules {
                let path = ResourcePath.child(nsg.name, .securityRules, rule.name)
                let pairs: [(String, String?, [String]?)] = [
                    ("sourceAddressPrefix", rule.sourceAddressPrefix, rule.sourceAddressPrefixes),
                    ("sourcePortRange", rule.sourcePortRange, rule.sourcePortRanges),
                    ("destinationAddressPrefix", rule.destinationAddressPrefix, rule.destinationAddressPrefixes),
                    ("destinationPortRange", rule.destinationPortRange, rule.destinationPortRanges),
                ]
                for (field, singular, plural) in pairs {
                    guard let singular, let plural, !plural.isEmpty else { continue }
                    let list = plural.map { "'\($0)'" }.joined(separator: ", ")
                    findings.append(
                        finding(
                            "\(path) sets both \(field) ('\(singular)') and \(field)s (\(list)): Azure accepts only "
                                + "one of them and rejects the rule. Put all values in \(field)s and remove \(field).",
                            resources: [path], field: field))
                }
            }
        }
    }
}
