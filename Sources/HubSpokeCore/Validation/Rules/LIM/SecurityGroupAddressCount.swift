/// Across all rules of one NSG, Azure accepts at most 4,000 IP addresses and ranges as sources,
/// and separately 4,000 as destinations. Service tags, `*` and application security groups do
/// not count; that is the usual way to stay under the limit.
struct SecurityGroupAddressCount: Rule {
    static let id = "LIM-006"
    static let severity: Severity = .error
    static let title = "More than 4,000 source or destination addresses in one NSG"
    static let help =
        "The IP addresses and ranges given as sources across all rules of a network security group may number "
        + "at most 4,000, and separately the destinations. Azure rejects more."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#networking-limits"
    static let limit = 4000

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for nsg in context.design.networkSecurityGroups {
            var sources = 0
            var destinations = 0
            for rule in nsg.securityRules {
                sources += Self.addressCount(rule.sourceAddressPrefix, rule.sourceAddressPrefixes)
                destinations += Self.addressCount(rule.destinationAddressPrefix, rule.destinationAddressPrefixes)
            }
            for (side, count) in [("source", sources), ("destination", destinations)] where count > Self.limit {
                findings.append(
                    finding(
                        "\(nsg.name) lists \(count) \(side) IP addresses and ranges across its rules, over Azure's "
                            + "limit of 4,000: the deployment fails. Summarise them into larger prefixes, or use "
                            + "service tags or application security groups.",
                        resources: [nsg.name], field: "securityRules"))
            }
        }
    }

    /// Addresses and CIDR ranges among the values; tags, `*` and unparseable text do not count.
    static func addressCount(_ single: String?, _ list: [String]?) -> Int {
        var count = 0
        for value in (single.map { [$0] } ?? []) + (list ?? []) {
            if IPAddress(value) != nil || value.contains("/") { count += 1 }
        }
        return count
    }
}
