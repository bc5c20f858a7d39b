/// What one NSG decided about a flow: the first matching rule in priority order (custom rules,
/// then Azure's default rules), or the rule that might match but cannot be decided offline.
struct SecurityGroupVerdict: Hashable, Sendable {
    /// Index into `design.networkSecurityGroups`.
    var networkSecurityGroup: Int
    var rule: SecurityRule
    /// nil when the rule's match could not be decided (a service tag not known offline, an
    /// unknown source port against a rule that restricts it).
    var allows: Bool?
    var undeterminedReason: String?

    /// `DenyAllOutBound (65500)`.
    var ruleLabel: String { "\(rule.name) (\(rule.priority))" }
}
