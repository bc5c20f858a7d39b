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
        var headers: [Header] = []
        var extraPorts: [PortSet] = []
        for nsg in context.design.networkSecurityGroups {
            // Protocol and ports are cheap to parse and rule out almost every pair; addresses are
            // parsed only for the pairs that get past them.
            headers.removeAll(keepingCapacity: true)
            extraPorts.removeAll(keepingCapacity: true)
            for i in nsg.securityRules.indices where (100...4096).contains(nsg.securityRules[i].priority) {
                guard let header = Header(nsg.securityRules, i, extraPorts: &extraPorts) else { continue }
                headers.append(header)
            }
            guard headers.count > 1 else { continue }
            // Inbound rules first, each direction by priority: pairs never cross directions.
            headers.sort { $0.inbound != $1.inbound ? $0.inbound : $0.priority < $1.priority }
            var matchers: [Int: SecurityRuleMatcher?] = [:]
            func matcher(_ i: Int) -> SecurityRuleMatcher? {
                if let known = matchers[i] { return known }
                let rule = nsg.securityRules[i]
                var built = SecurityRuleMatcher(rule)
                if !context.unknowns.isEmpty,
                    context.unknowns.hasUnknowns(resource: ResourcePath.child(nsg.name, .securityRules, rule.name))
                {
                    built = nil
                }
                matchers[i] = built
                return built
            }
            var directionStart = 0
            for j in 1..<headers.count {
                let later = headers[j]
                if later.inbound != headers[j - 1].inbound { directionStart = j }
                for i in directionStart..<j {
                    let earlier = headers[i]
                    guard earlier.priority < later.priority, earlier.covers(later, extraPorts: extraPorts),
                        let earlierRule = matcher(earlier.index), let laterRule = matcher(later.index),
                        earlierRule.covers(laterRule)
                    else { continue }
                    findings.append(finding(for: laterRule, shadowedBy: earlierRule, in: nsg))
                    break
                }
            }
        }
    }

    /// Direction, protocol and ports of a rule, as plain integers: what most pairs already
    /// differ in. A port field with several ranges is kept in `extraPorts` and compared as a set.
    private struct Header {
        var index: Int
        var priority: Int
        var inbound: Bool
        var proto: SecurityRuleProtocol
        var source: Ports
        var destination: Ports

        enum Ports {
            case range(Int, Int)
            /// Index into `extraPorts`.
            case set(Int)
        }

        /// Reads the fields of `rules[index]` in place: copying whole rules is what costs here.
        init?(_ rules: [SecurityRule], _ index: Int, extraPorts: inout [PortSet]) {
            guard let direction = SecurityRuleDirection(rules[index].direction),
                SecurityRuleAccess(rules[index].access) != nil,
                let proto = SecurityRuleProtocol(rules[index].protocol),
                let source = Header.ports(rules[index].sourcePortRange, rules[index].sourcePortRanges, &extraPorts),
                let destination = Header.ports(
                    rules[index].destinationPortRange, rules[index].destinationPortRanges, &extraPorts)
            else { return nil }
            self.index = index
            self.priority = rules[index].priority
            self.inbound = direction == .inbound
            self.proto = proto
            self.source = source
            self.destination = destination
        }

        private static func ports(_ singular: String?, _ plural: [String]?, _ extra: inout [PortSet]) -> Ports? {
            if plural?.isEmpty ?? true {
                guard let singular else { return .range(0, 65535) }
                if singular == "*" { return .range(0, 65535) }
                guard let range = PortRange(singular) else { return nil }
                return .range(range.lower, range.upper)
            }
            guard let set = PortSet(singular: singular, plural: plural) else { return nil }
            if set.ranges.count == 1 { return .range(set.ranges[0].lower, set.ranges[0].upper) }
            extra.append(set)
            return .set(extra.count - 1)
        }

        func covers(_ other: Header, extraPorts: [PortSet]) -> Bool {
            inbound == other.inbound && proto.covers(other.proto)
                && Header.covers(destination, other.destination, extraPorts)
                && Header.covers(source, other.source, extraPorts)
        }

        private static func covers(_ outer: Ports, _ inner: Ports, _ extra: [PortSet]) -> Bool {
            switch (outer, inner) {
            case (.range(let lo, let hi), .range(let innerLo, let innerHi)):
                return lo <= innerLo && innerHi <= hi
            default:
                return set(outer, extra).isSuperset(of: set(inner, extra))
            }
        }

        private static func set(_ ports: Ports, _ extra: [PortSet]) -> PortSet {
            switch ports {
            case .range(let lo, let hi): return PortSet([PortRange(lower: lo, upper: hi)!])
            case .set(let i): return extra[i]
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
