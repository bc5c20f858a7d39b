/// What decided a verdict: for a block, the first thing that drops the packet; for a
/// reachable flow, the last allow on the path (normally the destination's inbound NSG rule).
public struct ReachabilityDecision: Hashable, Sendable, Codable {
    /// The values of contracts.md "Reachability verdicts".
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case nsg
        case route
        case peering
        case appliance
        case firewall
        case unknown
    }

    public var kind: Kind
    /// Resource path: the NSG, route, peering half, NIC or firewall that decided.
    public var resource: String
    /// The rule or setting: `DenyAllOutBound (65500)`, `allowForwardedTraffic=false`,
    /// `10.0.0.0/8 -> None`.
    public var rule: String
    /// A sentence a network engineer can act on.
    public var reason: String

    public init(kind: Kind, resource: String, rule: String, reason: String) {
        self.kind = kind
        self.resource = resource
        self.rule = rule
        self.reason = reason
    }
}
