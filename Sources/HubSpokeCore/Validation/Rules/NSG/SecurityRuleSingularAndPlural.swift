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
            for i in nsg.securityRules.indices {
                // Most rules set only one form of each field: four nil checks and done.
                if nsg.securityRules[i].sourceAddressPrefixes == nil && nsg.securityRules[i].sourcePortRanges == nil
                    && nsg.securityRules[i].destinationAddressPrefixes == nil
                    && nsg.securityRules[i].destinationPortRanges == nil
                {
                    continue
                }
                let pairs: [(String, String?, [String]?)] = [
                    (
                        "sourceAddressPrefix", nsg.securityRules[i].sourceAddressPrefix,
                        nsg.securityRules[i].sourceAddressPrefixes
                    ),
                    ("sourcePortRange", nsg.securityRules[i].sourcePortRange, nsg.securityRules[i].sourcePortRanges),
                    (
                        "destinationAddressPrefix", nsg.securityRules[i].destinationAddressPrefix,
                        nsg.securityRules[i].destinationAddressPrefixes
                    ),
                    (
                        "destinationPortRange", nsg.securityRules[i].destinationPortRange,
                        nsg.securityRules[i].destinationPortRanges
                    ),
                ]
                for (field, singular, plural) in pairs {
                    guard let singular, let plural, !plural.isEmpty else { continue }
                    let path = ResourcePath.child(nsg.name, .securityRules, nsg.securityRules[i].name)
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
