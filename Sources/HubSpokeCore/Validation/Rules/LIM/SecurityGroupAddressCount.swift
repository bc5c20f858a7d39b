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
            // Field by field: copying each whole rule costs more than counting.
            let rules = nsg.securityRules
            for r in rules.indices {
                sources += Self.addressCount(rules[r].sourceAddressPrefix, rules[r].sourceAddressPrefixes)
                destinations += Self.addressCount(
                    rules[r].destinationAddressPrefix, rules[r].destinationAddressPrefixes)
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

    /// Addresses and CIDR ranges among the values; tags and `*` do not count. Service tags start
    /// with a letter and hold neither ':' nor '/', so the test needs no parsing (49,800 rules in
    /// the benchmark pass through here).
    static func addressCount(_ single: String?, _ list: [String]?) -> Int {
        var count = 0
        if let single, isAddressLike(single) { count += 1 }
        if let list {
            for value in list where isAddressLike(value) { count += 1 }
        }
        return count
    }

    static func isAddressLike(_ value: String) -> Bool {
        guard let first = value.utf8.first else { return false }
        if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") { return true }
        return value.utf8.contains(UInt8(ascii: ":")) || value.utf8.contains(UInt8(ascii: "/"))
    }
}
