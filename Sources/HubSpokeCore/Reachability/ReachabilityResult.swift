/// The answer to a reachability question, shaped like the JSON of `hubspoke reach`.
public struct ReachabilityResult: Hashable, Sendable, Codable {
    /// true: every hop had a route, every peering admitted the packet, every NSG and firewall
    /// allowed it. false: something in the design drops it. nil: the answer depends on
    /// something outside the design (a firewall without its policy, a load balancer's backends).
    public var reachable: Bool?
    public var hops: [Hop]
    public var decidedBy: ReachabilityDecision
    /// Remarks that do not change the verdict's value: assumed dynamic addresses, asymmetric
    /// return paths, rules with service tags not resolvable offline.
    public var notes: [String]

    public init(reachable: Bool?, hops: [Hop], decidedBy: ReachabilityDecision, notes: [String] = []) {
        self.reachable = reachable
        self.hops = hops
        self.decidedBy = decidedBy
        self.notes = notes
    }
}
