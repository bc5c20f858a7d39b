import HubSpokeCore

/// What the pane needs to know about the hops of an answer beyond their text: which hop
/// decided the verdict (highlighted), and which resource of the design a hop jumps to.
public enum ReachabilityHops {
    /// The hop that decided: for a block, the hop where the packet is dropped; otherwise the
    /// last hop on the deciding resource that shows the deciding rule (an NSG's allow rule,
    /// the route, the firewall rule). nil when no hop names it.
    public static func decidingHop(in result: ReachabilityResult) -> Int? {
        let hops = result.hops
        let decision = result.decidedBy
        if result.reachable == false {
            if let dropped = hops.lastIndex(where: { $0.kind == .dropped }) { return dropped }
            if let back = hops.lastIndex(where: { $0.kind == .return }) { return back }
        }
        let rule = decision.rule
        if let exact = hops.lastIndex(where: {
            $0.resource.equalsIgnoringCase(decision.resource) && (rule.isEmpty || $0.detail.contains(rule))
        }) {
            return exact
        }
        if !rule.isEmpty, let byRule = hops.lastIndex(where: { $0.kind != .source && $0.detail.contains(rule) }) {
            return byRule
        }
        return hops.lastIndex { $0.resource.equalsIgnoringCase(decision.resource) }
    }

    /// Resource paths a hop can jump to, best first: the NSG rule that decided (when it is a
    /// rule of the design, not a default rule), the user route that was chosen, then the hop's
    /// own resource (VM, NIC, subnet, peering half, NSG, firewall, gateway).
    public static func targets(of hop: Hop, in design: Design) -> [String] {
        var paths: [String] = []
        switch hop.kind {
        case .nsg:
            if case .networkSecurityGroup(let n)? = ResourceLocation(hop.resource, in: design) {
                let group = design.networkSecurityGroups[n]
                if let rule = group.securityRules.first(where: { hop.detail.contains("\($0.name) (\($0.priority))") }) {
                    paths.append(ResourcePath.child(group.name, .securityRules, rule.name))
                }
            }
        case .route:
            // "10.0.0.0/8 -> VirtualAppliance 10.0.1.4 (User, rt-spokes/routes/to-firewall)"
            if let open = hop.detail.firstRange(of: "(User, "),
                let close = hop.detail[open.upperBound...].firstIndex(of: ")")
            {
                paths.append(String(hop.detail[open.upperBound..<close]))
            }
        default:
            break
        }
        paths.append(hop.resource)
        return paths.filter { ResourceLocation($0, in: design) != nil }
    }
}
