/// What one NSG decided about a flow: the first matching rule in priority order (custom rules,
/// then Azure's default rules) and whether it allows.
struct SecurityGroupVerdict: Hashable, Sendable {
    /// Index into `design.networkSecurityGroups`.
    var networkSecurityGroup: Int
    var rule: SecurityRule
    var isDefaultRule: Bool
    var allows: Bool { rule.isAllow }
    /// Rules skipped because a service tag in them cannot be resolved offline for a public
    /// address; when any precedes the deciding rule, the outcome is not certain.
    var unresolvedRules: [String]

    /// `DenyAllOutBound (65500)`.
    var ruleLabel: String { "\(rule.name) (\(rule.priority))" }
}
