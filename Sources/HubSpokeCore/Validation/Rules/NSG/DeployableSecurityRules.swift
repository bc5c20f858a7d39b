extension ValidationContext {
    /// The custom rules of one direction of an NSG that Azure would deploy (every value valid,
    /// priority 100-4096) and whose values are all known offline, by ascending priority: the
    /// rules that rules about rule interplay (NSG-010, NSG-016, SEC-001..006) reason about.
    /// Rules with values not known offline are left out rather than guessed at.
    func deployableSecurityRules(
        of nsg: NetworkSecurityGroup, direction: SecurityRuleDirection
    ) -> [(rule: SecurityRule, matcher: SecurityRuleMatcher)] {
        var result: [(rule: SecurityRule, matcher: SecurityRuleMatcher)] = []
        for rule in nsg.securityRules where (100...4096).contains(rule.priority) {
            guard let matcher = SecurityRuleMatcher(rule), matcher.direction == direction else { continue }
            if !unknowns.isEmpty,
                unknowns.hasUnknowns(resource: ResourcePath.child(nsg.name, .securityRules, rule.name))
            {
                continue
            }
            result.append((rule, matcher))
        }
        return result.sorted { $0.matcher.priority < $1.matcher.priority }
    }
}
