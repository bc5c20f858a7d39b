/// An NSG rule parsed once for matching: protocol, the two address sides and the two port sets.
/// Built from a `SecurityRule` (nil when any of its values is not one Azure accepts, which the
/// NSG rules report), it answers the two questions both validation and reachability ask:
///
/// - `covers(_:resolver:)`: is every packet `other` matches also matched by this rule? (the
///   basis of shadowing, NSG-010, and of "an earlier deny already blocks this", SEC-006);
/// - `matches(_:resolver:)`: does this rule apply to one flow? (effective NSG evaluation).
///
/// Both are exact in the safe direction: whatever cannot be proven (an application security
/// group against an address, a service tag the resolver does not know) is "does not cover" and
/// "undetermined", never a guess. Direction, access and priority are carried but not compared:
/// callers decide which rules are in play.
public struct SecurityRuleMatcher: Hashable, Sendable {
    public let name: String
    public let priority: Int
    public let direction: SecurityRuleDirection
    public let access: SecurityRuleAccess
    public let `protocol`: SecurityRuleProtocol
    public let sources: [SecurityRuleAddress]
    public let sourcePorts: PortSet
    public let destinations: [SecurityRuleAddress]
    public let destinationPorts: PortSet

    /// Prefix elements of each side, merged, so coverage does not rebuild them per comparison.
    private let sourcePrefixes: AddressSet
    private let destinationPrefixes: AddressSet

    public init(
        name: String, priority: Int, direction: SecurityRuleDirection, access: SecurityRuleAccess,
        protocol: SecurityRuleProtocol, sources: [SecurityRuleAddress], sourcePorts: PortSet = .all,
        destinations: [SecurityRuleAddress], destinationPorts: PortSet = .all
    ) {
        self.name = name
        self.priority = priority
        self.direction = direction
        self.access = access
        self.protocol = `protocol`
        self.sources = sources
        self.sourcePorts = sourcePorts
        self.destinations = destinations
        self.destinationPorts = destinationPorts
        sourcePrefixes = SecurityRuleMatcher.prefixes(of: sources)
        destinationPrefixes = SecurityRuleMatcher.prefixes(of: destinations)
    }

    /// Parses a model rule. Singular and plural values are taken together (NSG-007 reports
    /// both being set); a side with no value at all is nil, as Azure would reject it. A prefix with
    /// host bits set stands for its block.
    public init?(_ rule: SecurityRule) {
        guard let direction = SecurityRuleDirection(rule.direction), let access = SecurityRuleAccess(rule.access),
            let proto = SecurityRuleProtocol(rule.protocol),
            let sourcePorts = PortSet(singular: rule.sourcePortRange, plural: rule.sourcePortRanges),
            let destinationPorts = PortSet(singular: rule.destinationPortRange, plural: rule.destinationPortRanges),
            let sources = SecurityRuleMatcher.side(rule.sources, rule.sourceApplicationSecurityGroups),
            let destinations = SecurityRuleMatcher.side(rule.destinations, rule.destinationApplicationSecurityGroups)
        else { return nil }
        self.init(
            name: rule.name, priority: rule.priority, direction: direction, access: access, protocol: proto,
            sources: sources, sourcePorts: sourcePorts, destinations: destinations,
            destinationPorts: destinationPorts)
    }

    private static func side(_ values: [String], _ groups: [String]?) -> [SecurityRuleAddress]? {
        var result: [SecurityRuleAddress] = []
        result.reserveCapacity(values.count + (groups?.count ?? 0))
        for value in values {
            guard let address = SecurityRuleAddress(matching: value) else { return nil }
            result.append(address)
        }
        for group in groups ?? [] {
            result.append(.applicationSecurityGroup(SecurityRuleAddress.applicationSecurityGroupName(group)))
        }
        return result.isEmpty ? nil : result
    }

    private static func prefixes(of side: [SecurityRuleAddress]) -> AddressSet {
        var prefixes: [AddressPrefix] = []
        for case .prefix(let p) in side { prefixes.append(p) }
        return prefixes.isEmpty ? .empty : AddressSet(prefixes)
    }

    // MARK: Coverage

    /// True when every packet `other` matches is also matched by this rule (same direction is
    /// the caller's concern). Ports are compared as sets even for ICMP, ESP and AH: whether
    /// Azure ignores ports there is not documented (NSG-011), so nothing is assumed.
    public func covers(_ other: SecurityRuleMatcher, resolver: ServiceTagResolver = .none) -> Bool {
        guard self.protocol.covers(other.protocol), sourcePorts.isSuperset(of: other.sourcePorts),
            destinationPorts.isSuperset(of: other.destinationPorts)
        else { return false }
        return SecurityRuleMatcher.side(sources, sourcePrefixes, covers: other.sources, resolver: resolver)
            && SecurityRuleMatcher.side(
                destinations, destinationPrefixes, covers: other.destinations, resolver: resolver)
    }

    /// True when the addresses `inner` names are provably all named by `outer`.
    static func side(
        _ outer: [SecurityRuleAddress], _ outerPrefixes: AddressSet, covers inner: [SecurityRuleAddress],
        resolver: ServiceTagResolver
    ) -> Bool {
        if outer.contains(.any) { return true }
        // Built lazily: only needed when an inner element is resolved to addresses.
        var outerAddresses: AddressSet?
        func addresses() -> AddressSet {
            if let outerAddresses { return outerAddresses }
            var set = outerPrefixes
            for case .serviceTag(let tag) in outer {
                if let resolved = resolver.addresses(of: tag) { set = set.union(resolved) }
            }
            outerAddresses = set
            return set
        }
        for element in inner {
            switch element {
            case .any:
                return false
            case .prefix(let prefix):
                if outerPrefixes.contains(prefix) { continue }
                guard addresses().contains(prefix) else { return false }
            case .serviceTag(let tag):
                if outer.contains(where: {
                    if case .serviceTag(let o) = $0 { return o.covers(tag) } else { return false }
                }) {
                    continue
                }
                guard let resolved = resolver.addresses(of: tag), addresses().isSuperset(of: resolved) else {
                    return false
                }
            case .applicationSecurityGroup(let group):
                guard
                    outer.contains(where: {
                        if case .applicationSecurityGroup(let o) = $0 { return o.equalsIgnoringCase(group) }
                        return false
                    })
                else { return false }
            }
        }
        return true
    }

    // MARK: Flows

    /// Whether this rule applies to `flow`. Ports restrict TCP and UDP only; a TCP/UDP flow with
    /// an unknown port matches only rules that allow every port on that side. A flow without
    /// ports (ICMP, ESP, AH) matches a rule only when the rule does not restrict ports; a `*` rule
    /// that names ports is undetermined for it (NSG-011).
    public func matches(_ flow: SecurityFlow, resolver: ServiceTagResolver = .none) -> SecurityMatch {
        guard self.protocol.covers(flow.protocol) else { return .doesNotMatch }
        if flow.protocol.hasPorts {
            for (ports, port, side) in [
                (sourcePorts, flow.sourcePort, "source"), (destinationPorts, flow.destinationPort, "destination"),
            ] where !ports.isAll {
                guard let port else { return .undetermined("the \(side) port is not known; \(name) allows \(ports)") }
                if !ports.contains(port) { return .doesNotMatch }
            }
        } else if !sourcePorts.isAll || !destinationPorts.isAll {
            if self.protocol == .any {
                return .undetermined(
                    "\(name) has protocol * with specific ports; Azure does not document how it treats \(flow.protocol)"
                )
            }
            return .doesNotMatch
        }
        let source = SecurityRuleMatcher.side(
            sources, sourcePrefixes, match: flow.source, groups: flow.sourceApplicationSecurityGroups,
            resolver: resolver)
        if source == .doesNotMatch { return .doesNotMatch }
        let destination = SecurityRuleMatcher.side(
            destinations, destinationPrefixes, match: flow.destination,
            groups: flow.destinationApplicationSecurityGroups, resolver: resolver)
        if destination == .doesNotMatch { return .doesNotMatch }
        if case .undetermined = source { return source }
        return destination
    }

    static func side(
        _ elements: [SecurityRuleAddress], _ prefixes: AddressSet, match address: IPAddress, groups: [String],
        resolver: ServiceTagResolver
    ) -> SecurityMatch {
        if prefixes.contains(address) { return .matches }
        var unresolved: [String] = []
        for element in elements {
            switch element {
            case .any:
                return .matches
            case .prefix:
                continue
            case .serviceTag(let tag):
                if let resolved = resolver.addresses(of: tag) {
                    if resolved.contains(address) { return .matches }
                } else {
                    unresolved.append(tag.name)
                }
            case .applicationSecurityGroup(let group):
                if groups.contains(where: {
                    SecurityRuleAddress.applicationSecurityGroupName($0).equalsIgnoringCase(group)
                }) {
                    return .matches
                }
            }
        }
        if unresolved.isEmpty { return .doesNotMatch }
        return .undetermined("service tag \(unresolved.joined(separator: ", ")) is not resolved here")
    }
}
