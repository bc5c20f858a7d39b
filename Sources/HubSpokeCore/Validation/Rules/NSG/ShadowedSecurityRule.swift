/// Azure evaluates an NSG's rules of one direction by ascending priority and stops at the first
/// match. A rule whose whole traffic an earlier (lower-number) rule already matches never takes
/// effect: redundant when both allow or both deny, and usually a mistake when they differ (a
/// Deny at 200 under an Allow * at 100).
///
/// Only provable coverage is reported: protocols, both port sets and both address sides of the
/// later rule must lie inside the earlier one's. Service tags cover only themselves (and their
/// regional forms), application security groups only themselves; `*` covers everything. Rules
/// with values Azure rejects, or with values not known offline, take no part.
struct ShadowedSecurityRule: Rule {
    static let id = "NSG-010"
    static let severity: Severity = .warning
    static let title = "Security rule is shadowed by a higher-priority rule"
    static let help =
        "NSG rules are processed in priority order and the first match wins. A rule whose traffic is entirely "
        + "matched by a rule of the same direction with a lower priority number never takes effect."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for nsg in context.design.networkSecurityGroups {
            for direction in SecurityRuleDirection.allCases {
                let rules = context.deployableSecurityRules(of: nsg, direction: direction).map(\.matcher)
                for j in rules.indices {
                    let later = rules[j]
                    for earlier in rules[..<j] where earlier.priority < later.priority {
                        guard earlier.covers(later) else { continue }
                        findings.append(finding(for: later, shadowedBy: earlier, in: nsg))
                        break
                    }
                }
            }
        }
    }

    private func finding(
        for later: SecurityRuleMatcher, shadowedBy earlier: SecurityRuleMatcher, in nsg: NetworkSecurityGroup
    ) -> Finding {
        let path = ResourcePath.child(nsg.name, .securityRules, later.name)
        let earlierPath = ResourcePath.child(nsg.name, .securityRules, earlier.name)
        let outcome: String
        if earlier.access == later.access {
            outcome =
                "with the same access (\(later.access.rawValue)), so \(later.name) is redundant. Remove it, or "
                + "narrow \(earlier.name) if \(later.name) was meant to be the only rule for this traffic."
        } else {
            outcome =
                "and \(earlier.access == .allow ? "allows" : "denies") it, so this \(later.access.rawValue) never "
                + "applies. Give \(later.name) a priority below \(earlier.priority) if it should win."
        }
        return finding(
            "\(path) (priority \(later.priority)) never takes effect: \(earlierPath) (priority \(earlier.priority)) is "
                + "evaluated first and matches all of its traffic "
                + "(\(ShadowedSecurityRule.summary(of: later))) \(outcome)",
            resources: [path, earlierPath], field: "priority")
    }

    /// `Tcp 443 from 10.0.0.0/8 to *`, for messages.
    static func summary(of rule: SecurityRuleMatcher) -> String {
        let sources = rule.sources.map(\.description).joined(separator: ", ")
        let destinations = rule.destinations.map(\.description).joined(separator: ", ")
        let ports = rule.destinationPorts.isAll ? "any port" : "port \(rule.destinationPorts)"
        return "\(rule.protocol) \(ports) from \(sources) to \(destinations)"
    }
}
