/// Evaluates one NSG for one flow the way Azure does: the rules of the flow's direction by
/// ascending priority, the six default rules last, first match decides (NSG-010's "first match
/// wins"). Rules whose values Azure would reject are skipped: they cannot deploy.
public enum SecurityRuleEvaluator {
    /// The outcome for one NSG.
    public enum Verdict: Hashable, Sendable {
        /// The first matching rule and what it does.
        case decided(rule: SecurityRule, access: SecurityRuleAccess)
        /// A rule that might match could not be decided; later rules were not looked at.
        case undetermined(rule: SecurityRule, reason: String)

        public var isAllowed: Bool? {
            if case .decided(_, let access) = self { return access == .allow }
            return nil
        }
    }

    public static func evaluate(
        _ nsg: NetworkSecurityGroup, direction: SecurityRuleDirection, flow: SecurityFlow,
        resolver: ServiceTagResolver
    ) -> Verdict {
        let custom = nsg.securityRules.compactMap { rule -> (SecurityRule, SecurityRuleMatcher)? in
            guard let matcher = SecurityRuleMatcher(rule), matcher.direction == direction,
                (100...4096).contains(rule.priority)
            else { return nil }
            return (rule, matcher)
        }.sorted { $0.1.priority < $1.1.priority }
        let defaults = SecurityRule.defaultRules.compactMap { rule -> (SecurityRule, SecurityRuleMatcher)? in
            guard let matcher = SecurityRuleMatcher(rule), matcher.direction == direction else { return nil }
            return (rule, matcher)
        }
        for (rule, matcher) in custom + defaults {
            switch matcher.matches(flow, resolver: resolver) {
            case .matches: return .decided(rule: rule, access: matcher.access)
            case .doesNotMatch: continue
            case .undetermined(let reason): return .undetermined(rule: rule, reason: reason)
            }
        }
        // DenyAllInBound / DenyAllOutBound match everything, so this is not reached.
        let last = SecurityRule.defaultRules.last { SecurityRuleDirection($0.direction) == direction }!
        return .decided(rule: last, access: .deny)
    }
}
