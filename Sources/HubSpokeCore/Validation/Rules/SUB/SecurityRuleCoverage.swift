/// Decides whether an NSG lets one kind of required traffic through, the way Azure evaluates
/// rules: custom rules of the direction by ascending priority, then the six default rules; the
/// first rule that matches decides. Used by the Bastion rules (SUB-019, SUB-023), which ask "is
/// TCP port p from this source to this destination allowed?" for a whole source range at once.
///
/// A rule may match all of the traffic (it decides), part of it (a narrower CIDR, a specific
/// source port) or none. A partial Allow does not admit everything, so evaluation goes on; a
/// partial Deny blocks part of the traffic, which counts as blocked only when the caller says
/// so (a deny of some Internet hosts is a policy, a deny of part of a Bastion subnet breaks it).
struct SecurityRuleCoverage {
    /// One side of the traffic: a service tag, or concrete prefixes with the tags and
    /// application security groups that contain them.
    struct Endpoint {
        /// The service tag this endpoint is (`Internet`, `GatewayManager`...), if it is one.
        var tag: String?
        var prefixes: [AddressPrefix] = []
        /// Lower-cased tags that contain the whole endpoint (`virtualnetwork` for a subnet).
        var coveringTags: Set<String> = []
        /// Lower-cased names of application security groups the endpoint's NIC belongs to.
        var applicationSecurityGroups: Set<String> = []

        static func serviceTag(_ tag: String, coveredBy tags: Set<String> = []) -> Endpoint {
            Endpoint(tag: tag, coveringTags: tags)
        }
    }

    enum Match: Int, Comparable {
        case none = 0
        case partial = 1
        case full = 2
        static func < (a: Match, b: Match) -> Bool { a.rawValue < b.rawValue }
    }

    enum Verdict: Equatable {
        case allowed(rule: String, priority: Int)
        case blocked(rule: String, priority: Int)

        var isAllowed: Bool {
            if case .allowed = self { return true }
            return false
        }
    }

    /// The verdict of `rules` (the NSG's custom rules) for TCP traffic to `port`.
    static func evaluate(
        _ rules: [SecurityRule], inbound: Bool, port: Int, protocol transport: String = "Tcp", source: Endpoint,
        destination: Endpoint, partialDenyBlocks: Bool
    ) -> Verdict {
        let custom = rules.filter { inbound ? $0.isInbound : $0.isOutbound }
            .sorted { ($0.priority, $0.name) < ($1.priority, $1.name) }
        let defaults = SecurityRule.defaultRules.filter { inbound ? $0.isInbound : $0.isOutbound }
        // A rule whose access is neither Allow nor Deny is NSG-004's finding; it decides nothing here.
        for rule in custom + defaults where rule.isAllow || rule.isDeny {
            let match = min(
                protocolMatch(rule.protocol, transport), portMatch(rule.destinationPorts, port),
                sourcePortMatch(rule.sourcePorts),
                addressMatch(rule.sources, rule.sourceApplicationSecurityGroups ?? [], source),
                addressMatch(rule.destinations, rule.destinationApplicationSecurityGroups ?? [], destination))
            switch match {
            case .none: continue
            case .full:
                return rule.isAllow
                    ? .allowed(rule: rule.name, priority: rule.priority)
                    : .blocked(rule: rule.name, priority: rule.priority)
            case .partial:
                if rule.isDeny, partialDenyBlocks { return .blocked(rule: rule.name, priority: rule.priority) }
            }
        }
        return .blocked(rule: "DenyAll", priority: 65500)
    }

    static func protocolMatch(_ value: String, _ transport: String) -> Match {
        value == "*" || value.equalsIgnoringCase("Any") || value.equalsIgnoringCase(transport) ? .full : .none
    }

    static func portMatch(_ ranges: [String], _ port: Int) -> Match {
        for range in ranges where portRange(range)?.contains(port) ?? false { return .full }
        return .none
    }

    static func sourcePortMatch(_ ranges: [String]) -> Match {
        if ranges.isEmpty { return .none }
        return ranges.contains { portRange($0) == 0...65535 } ? .full : .partial
    }

    /// `*`, `443` or `1000-2000` as a closed range; nil for anything else.
    static func portRange(_ text: String) -> ClosedRange<Int>? {
        let trimmed = text.filter { $0 != " " }
        if trimmed == "*" { return 0...65535 }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 1, let port = Int(parts[0]) { return port...port }
        if parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), low <= high { return low...high }
        return nil
    }

    static func addressMatch(_ values: [String], _ groups: [String], _ endpoint: Endpoint) -> Match {
        var best = Match.none
        for group in groups {
            let name = group.split(separator: "/").last.map { $0.asciiLowercased } ?? ""
            if endpoint.applicationSecurityGroups.contains(name) { return .full }
        }
        for value in values {
            best = max(best, addressMatch(value, endpoint))
            if best == .full { return .full }
        }
        return best
    }

    static func addressMatch(_ value: String, _ endpoint: Endpoint) -> Match {
        let lowered = value.asciiLowercased
        if lowered == "*" || lowered == "any" || lowered == "0.0.0.0/0" || lowered == "::/0" { return .full }
        if let tag = endpoint.tag {
            if tag.equalsIgnoringCase(value) { return .full }
            if lowered.hasPrefix(tag.asciiLowercased + ".") { return .partial }
        }
        if endpoint.coveringTags.contains(lowered) { return .full }
        guard
            let prefix = AddressPrefix(value)
                ?? IPAddress(value).map({ AddressPrefix(containing: $0, length: $0.family.bitWidth) })
        else { return .none }
        if endpoint.prefixes.isEmpty {
            // A service tag's addresses are not known offline: a public CIDR may hold some.
            return endpoint.tag != nil && prefix.family == .v4 && !ReservedRanges.isPrivate(prefix) ? .partial : .none
        }
        let sameFamily = endpoint.prefixes.filter { $0.family == prefix.family }
        if !sameFamily.isEmpty, sameFamily.allSatisfy({ prefix.contains($0) }) { return .full }
        return sameFamily.contains { prefix.overlaps($0) } ? .partial : .none
    }

    /// True when a rule of the NSG has a value the reader could not know: coverage is then not
    /// decidable, and nothing is reported.
    static func hasUnknownRules(_ nsg: NetworkSecurityGroup, _ context: ValidationContext) -> Bool {
        if context.unknowns.isEmpty { return false }
        if context.isUnknown(nsg.name, "securityRules") { return true }
        return nsg.securityRules.contains {
            context.unknowns.hasUnknowns(resource: ResourcePath.child(nsg.name, .securityRules, $0.name))
        }
    }
}
