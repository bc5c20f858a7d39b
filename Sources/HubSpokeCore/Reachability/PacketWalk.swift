/// Follows one packet hop by hop through the design (azure-rules.md, Reachability 1-5): in the
/// subnet it leaves, pick the effective route; deliver within the VNet or a directly peered
/// one, or hand it to an appliance or firewall and start again from there, or leave through a
/// gateway or to the Internet. Each leg checks the sender's outbound NSGs, the peering it
/// crosses and the receiver's inbound NSGs.
///
/// Only the subnets on the path get route tables built, restricted to the routes that contain
/// the destination, so a query costs the same on a 1,000-VNet design as on a small one.
struct PacketWalk {
    let index: DesignIndex
    let resolver: EndpointResolver
    let flow: Flow
    /// A reply of an allowed flow: NSGs and firewalls are stateful and let it pass, so only
    /// routes, peerings and appliances can stop it.
    let isReply: Bool
    let source: NetworkEndpoint
    let destination: NetworkEndpoint
    /// True for a reply from on-premises: it enters at the gateway's subnet, and what a VPN
    /// gateway forwards is exempt from the forwarded-traffic flags (Reachability 4b).
    var startsAtGateway = false
    /// Legs before a path counts as a loop.
    static let hopLimit = 8

    private(set) var hops: [Hop] = []
    private(set) var notes: [String] = []
    /// Firewalls and NVAs passed, in order: the stateful devices the reply must pass too.
    private(set) var statefulDevices: [String] = []
    /// Set when something outside the design decides (a firewall without its policy).
    private(set) var pendingUnknown: ReachabilityDecision?
    /// The last allow on the path, reported as `decidedBy` of a reachable flow.
    private(set) var lastAllow: ReachabilityDecision?
    /// The gateway (index) through which the packet left for on-premises, if it did.
    private(set) var exitGateway: Int?

    /// Application security group names of the source and destination NICs.
    private let sourceGroups: [String]
    private let destinationGroups: [String]

    enum Outcome: Hashable, Sendable {
        case delivered
        case blocked(ReachabilityDecision)
    }

    /// Who puts the packet on the wire for the current leg.
    private enum Sender: Hashable {
        case endpoint
        case appliance(Int)
        case firewall(Int)
        case gateway
    }

    private struct Visit: Hashable {
        var subnet: DesignIndex.SubnetRef
        var sender: Sender
    }

    private enum ApplianceStep {
        case next(Sender, DesignIndex.SubnetRef)
        case done(Outcome)
    }

    init(
        index: DesignIndex, flow: Flow, isReply: Bool, source: NetworkEndpoint, destination: NetworkEndpoint
    ) {
        self.index = index
        self.resolver = EndpointResolver(index: index)
        self.flow = flow
        self.isReply = isReply
        self.source = source
        self.destination = destination
        self.sourceGroups = PacketWalk.applicationSecurityGroups(of: source, in: index)
        self.destinationGroups = PacketWalk.applicationSecurityGroups(of: destination, in: index)
    }

    /// The groups as written on the NIC and by their design names, so a rule naming the group
    /// either way matches.
    private static func applicationSecurityGroups(of endpoint: NetworkEndpoint, in index: DesignIndex) -> [String] {
        guard let nic = endpoint.networkInterface else { return [] }
        var groups: [String] = []
        for configuration in index.design.networkInterfaces[nic].ipConfigurations {
            for name in configuration.applicationSecurityGroups {
                groups.append(name)
                if let g = index.applicationSecurityGroup(name) {
                    groups.append(index.design.applicationSecurityGroups[g].name)
                }
            }
        }
        return groups
    }

    mutating func run() -> Outcome {
        guard var subnet = source.subnet else {
            return block(.route, source.resource, "no subnet", "\(source.address) is not in a subnet of the design")
        }
        var sender = startsAtGateway ? Sender.gateway : Sender.endpoint
        var visited = Set<Visit>()
        for _ in 0..<PacketWalk.hopLimit {
            guard visited.insert(Visit(subnet: subnet, sender: sender)).inserted else {
                return routingLoop(at: subnet)
            }
            let table = EffectiveRouteBuilder.table(for: subnet, in: index, relevantTo: flow.destination)
            guard let route = table.route(for: flow.destination), let nextHop = route.nextHopType else {
                return block(
                    .route, table.subnet, "no route", "\(table.subnet) has no active route for \(flow.destination)")
            }
            hops.append(Hop(kind: .route, resource: table.subnet, detail: describe(route)))
            switch nextHop {
            case .vnetLocal:
                return deliver(from: subnet, sender: sender, into: subnet.vnet, route: route)
            case .vnetPeering:
                return deliver(
                    from: subnet, sender: sender, into: route.targetVirtualNetwork ?? subnet.vnet, route: route)
            case .virtualAppliance:
                switch forwardToAppliance(from: subnet, sender: sender, route: route) {
                case .next(let nextSender, let nextSubnet):
                    sender = nextSender
                    subnet = nextSubnet
                case .done(let outcome):
                    return outcome
                }
            case .virtualNetworkGateway:
                return leaveThroughGateway(from: subnet, sender: sender, route: route)
            case .internet:
                return leaveToInternet(from: subnet, sender: sender, route: route)
            case .none:
                return missingRoute(from: subnet, route: route)
            }
        }
        return routingLoop(at: subnet)
    }

    // MARK: - Next hops

    private mutating func deliver(
        from subnet: DesignIndex.SubnetRef, sender: Sender, into target: Int, route: EffectiveRoute
    ) -> Outcome {
        let vnetName = index.design.virtualNetworks[target].name
        guard index.vnetPrefixes[target].contains(where: { $0.contains(flow.destination) }) else {
            return block(
                .route, route.origin, routeLabel(route),
                "\(route.addressPrefix) -> \(route.nextHopType?.rawValue ?? "?") keeps \(flow.destination) inside "
                    + "\(vnetName), whose address space does not contain it: the packet is dropped")
        }
        guard let receiver = resolver.subnet(containing: flow.destination, in: target) else {
            return block(
                .route, vnetName, routeLabel(route),
                "no subnet of \(vnetName) contains \(flow.destination): nothing can receive the packet")
        }
        let link = target == subnet.vnet ? nil : PeeringLink(from: subnet.vnet, to: target, in: index)
        let receiverNIC = destination.subnet == receiver ? destination.networkInterface : nil
        if let decision = leg(from: subnet, sender: sender, to: receiver, receiverNIC: receiverNIC, crossing: link) {
            return .blocked(decision)
        }
        if lastAllow == nil || lastAllow?.kind == .route {
            lastAllow = ReachabilityDecision(
                kind: .route, resource: route.origin, rule: routeLabel(route),
                reason:
                    "\(route.addressPrefix) -> \(route.nextHopType?.rawValue ?? "?") delivers to \(flow.destination)"
                    + " and no NSG on the path blocks it")
        }
        var detail = "delivered to \(flow.destination) in \(index.subnetPath(receiver))"
        if receiverNIC == nil { detail += " (no NIC of the design holds this address)" }
        if let note = destination.addressNote { detail += "; \(note)" }
        hops.append(Hop(kind: .destination, resource: destination.resource, detail: detail))
        return .delivered
    }

    private mutating func forwardToAppliance(
        from subnet: DesignIndex.SubnetRef, sender: Sender, route: EffectiveRoute
    ) -> ApplianceStep {
        let design = index.design
        guard let text = route.nextHopIpAddress, let address = IPAddress(text) else {
            return .done(block(.route, route.origin, routeLabel(route), "the route has no valid next hop address"))
        }
        guard let target = ApplianceTarget.owning(address, in: index) else {
            return .done(
                block(
                    .route, route.origin, routeLabel(route),
                    "next hop \(address) matches no NIC, firewall or load balancer frontend in the design: "
                        + "traffic is black-holed (RT-005)"))
        }
        var link: PeeringLink?
        if target.subnet.vnet != subnet.vnet {
            guard let peering = PeeringLink(from: subnet.vnet, to: target.subnet.vnet, in: index),
                peering.isConnected || peering.remoteIsOutsideDesign
            else {
                let here = design.virtualNetworks[subnet.vnet].name
                let there = design.virtualNetworks[target.subnet.vnet].name
                return .done(
                    block(
                        .route, route.origin, routeLabel(route),
                        "next hop \(address) (\(target.name)) is in \(there), which is not a Connected peer of "
                            + "\(here): the route is invalid and the packet is dropped (RT-004)"))
            }
            link = peering
        }
        switch target.kind {
        case .networkInterface(let nic):
            if let decision = leg(from: subnet, sender: sender, to: target.subnet, receiverNIC: nic, crossing: link) {
                return .done(.blocked(decision))
            }
            guard design.networkInterfaces[nic].enableIPForwarding else {
                return .done(
                    block(
                        .appliance, target.name, "enableIPForwarding=false",
                        "\(target.name) (\(address)) is the next hop but has enableIPForwarding=false: Azure drops "
                            + "packets not addressed to it (RT-011)"))
            }
            statefulDevices.append(target.name)
            hops.append(Hop(kind: .appliance, resource: target.name, detail: "\(address) forwards the packet"))
            return .next(.appliance(nic), target.subnet)
        case .firewall(let f):
            if let decision = leg(from: subnet, sender: sender, to: target.subnet, receiverNIC: nil, crossing: link) {
                return .done(.blocked(decision))
            }
            statefulDevices.append(target.name)
            if let outcome = firewallDecision(f, address: address) { return .done(outcome) }
            return .next(.firewall(f), target.subnet)
        case .loadBalancer(let name):
            if let decision = leg(from: subnet, sender: sender, to: target.subnet, receiverNIC: nil, crossing: link) {
                return .done(.blocked(decision))
            }
            hops.append(
                Hop(
                    kind: .appliance, resource: name,
                    detail: "load balancer frontend \(address): its backends are not modelled"))
            noteUnknown(
                ReachabilityDecision(
                    kind: .unknown, resource: name, rule: "backend pool",
                    reason: "the next hop \(address) is a frontend of \(name); where it sends the packet depends "
                        + "on its backend pool, which the design does not model"))
            return .done(.delivered)
        }
    }

    /// The firewall as an allow/deny point: nil when it lets the packet on.
    private mutating func firewallDecision(_ f: Int, address: IPAddress) -> Outcome? {
        let firewall = index.design.azureFirewalls[f]
        if isReply {
            hops.append(
                Hop(kind: .firewall, resource: firewall.name, detail: "\(address) passes the reply (stateful)"))
            return nil
        }
        guard let policyPath = firewall.firewallPolicy, let p = index.firewallPolicy(policyPath) else {
            hops.append(
                Hop(
                    kind: .firewall, resource: firewall.name,
                    detail: "\(address): no firewall policy in the design; its rules decide"))
            noteUnknown(
                ReachabilityDecision(
                    kind: .unknown, resource: firewall.name, rule: firewall.firewallPolicy ?? "no policy",
                    reason: "\(firewall.name) has no firewall policy in the design: whether it passes "
                        + "\(flow.summary) depends on rules hubspoke cannot see"))
            return nil
        }
        let policy = index.design.firewallPolicies[p]
        switch FirewallPolicyEvaluation().evaluate(policy, flow: flow) {
        case .matched(let rule, allows: true):
            hops.append(Hop(kind: .firewall, resource: firewall.name, detail: "\(address): allowed by \(rule)"))
            lastAllow = ReachabilityDecision(
                kind: .firewall, resource: firewall.name, rule: rule,
                reason: "\(firewall.name) allows \(flow.summary) by \(rule)")
            return nil
        case .matched(let rule, allows: false):
            return block(
                .firewall, firewall.name, rule, "\(firewall.name) denies \(flow.summary) by \(rule)")
        case .noMatch:
            return block(
                .firewall, firewall.name, "default deny",
                "no network rule of \(policy.name) matches \(flow.summary): Azure Firewall denies by default")
        }
    }

    private mutating func leaveThroughGateway(
        from subnet: DesignIndex.SubnetRef, sender: Sender, route: EffectiveRoute
    ) -> Outcome {
        let vnetName = index.design.virtualNetworks[subnet.vnet].name
        guard let reach = GatewayReach.of(subnet.vnet, in: index) else {
            return block(
                .route, route.origin, routeLabel(route),
                "\(vnetName) has no virtual network gateway, neither its own nor a hub's through gateway transit: "
                    + "the packet is dropped")
        }
        let gateway = index.design.virtualNetworkGateways[reach.gateway]
        if route.source == .user && gateway.isExpressRoute {
            return block(
                .route, route.origin, routeLabel(route),
                "\(gateway.name) is an ExpressRoute gateway, which cannot be a UDR next hop (RT-006)")
        }
        guard let onPremises = reach.prefixes.first(where: { $0.prefix.contains(flow.destination) }) else {
            return block(
                .route, gateway.name, routeLabel(route),
                "\(gateway.name) has no route to \(flow.destination): no local network gateway connected to it "
                    + "announces that address")
        }
        if let decision = senderOutbound(from: subnet, sender: sender) { return .blocked(decision) }
        if let transit = reach.transitPeering {
            hops.append(
                Hop(
                    kind: .peering, resource: transit.localPath(index),
                    detail: "gateway transit to \(index.design.virtualNetworks[transit.remote].name)"))
        }
        hops.append(
            Hop(
                kind: .gateway, resource: gateway.name,
                detail: "to on-premises through \(onPremises.localNetworkGateway)"))
        exitGateway = reach.gateway
        hops.append(
            Hop(
                kind: .destination, resource: onPremises.localNetworkGateway,
                detail: "\(flow.destination) is in the on-premises prefix \(onPremises.prefix)"))
        if lastAllow == nil {
            lastAllow = ReachabilityDecision(
                kind: .route, resource: route.origin, rule: routeLabel(route),
                reason: "\(gateway.name) carries \(flow.destination) to \(onPremises.localNetworkGateway)")
        }
        return .delivered
    }

    private mutating func leaveToInternet(
        from subnet: DesignIndex.SubnetRef, sender: Sender, route: EffectiveRoute
    ) -> Outcome {
        if ReservedRanges.isPrivate(flow.destination) || resolver.virtualNetwork(containing: flow.destination) != nil {
            return missingRoute(from: subnet, route: route)
        }
        if let decision = senderOutbound(from: subnet, sender: sender) { return .blocked(decision) }
        hops.append(Hop(kind: .destination, resource: "Internet", detail: "\(flow.destination) over the Internet"))
        if lastAllow == nil {
            lastAllow = ReachabilityDecision(
                kind: .route, resource: route.origin, rule: routeLabel(route),
                reason: "\(route.addressPrefix) -> Internet carries the packet out of Azure")
        }
        return .delivered
    }

    /// The packet has no usable route (None, or Internet for a private address). Names the
    /// cause when the design shows one: a peering missing its other half, or two spokes that
    /// share a hub (peering is non-transitive).
    private mutating func missingRoute(from subnet: DesignIndex.SubnetRef, route: EffectiveRoute) -> Outcome {
        let design = index.design
        let here = subnet.vnet
        let hereName = design.virtualNetworks[here].name
        let dropped = "\(route.addressPrefix) -> \(route.nextHopType?.rawValue ?? "?") drops \(flow.destination)"
        let resource = routeResource(route, in: subnet)
        if let there = resolver.virtualNetwork(containing: flow.destination), there != here {
            let thereName = design.virtualNetworks[there].name
            if let link = PeeringLink(from: here, to: there, in: index), !link.isConnected, !link.remoteIsOutsideDesign
            {
                return block(
                    .peering, link.localPath(index), "peeringState=Initiated",
                    "\(thereName) has no peering back to \(hereName), so \(link.localPath(index)) stays Initiated "
                        + "and carries no traffic (PEER-003); \(dropped)")
            }
            if let back = PeeringLink(from: there, to: here, in: index), !back.isConnected {
                return block(
                    .peering, back.localPath(index), "peeringState=Initiated",
                    "\(hereName) has no peering to \(thereName), so \(back.localPath(index)) stays Initiated and "
                        + "carries no traffic (PEER-003); \(dropped)")
            }
            if let hub = sharedPeer(here, there) {
                return block(
                    .route, resource, routeLabel(route),
                    "\(hereName) and \(thereName) are both peered with \(design.virtualNetworks[hub].name), but "
                        + "peering is non-transitive (PEER-005): \(dropped). Add a UDR for \(thereName)'s space "
                        + "to an appliance or firewall in \(design.virtualNetworks[hub].name) (PEER-006)")
            }
            return block(
                .route, resource, routeLabel(route), "\(hereName) is not peered with \(thereName): \(dropped)")
        }
        if let learned = bgpLearnedRoutes(for: subnet) {
            hops.append(
                Hop(
                    kind: .gateway, resource: learned,
                    detail: "\(flow.destination) may be announced by on-premises over BGP, which is not known offline"))
            noteUnknown(
                ReachabilityDecision(
                    kind: .unknown, resource: learned, rule: "BGP routes",
                    reason: "no route in the design covers \(flow.destination), but \(learned) learns routes over "
                        + "BGP (ExpressRoute or BGP-enabled VPN): whether on-premises announces it is not known offline"
                ))
            return .delivered
        }
        return block(.route, resource, routeLabel(route), dropped)
    }

    /// The gateway whose BGP-learned routes could still cover the destination: an ExpressRoute
    /// gateway or a BGP-enabled VPN gateway the subnet takes routes from (own or through
    /// transit, propagation not disabled). Its announcements are not in the design.
    private func bgpLearnedRoutes(for subnet: DesignIndex.SubnetRef) -> String? {
        let owner = index.design.virtualNetworks[subnet.vnet].subnets[subnet.subnet]
        if let path = owner.routeTable, let t = index.routeTable(path),
            index.design.routeTables[t].disableBgpRoutePropagation
        {
            return nil
        }
        guard let reach = GatewayReach.of(subnet.vnet, in: index) else { return nil }
        let gateway = index.design.virtualNetworkGateways[reach.gateway]
        return gateway.isExpressRoute || gateway.enableBgp ? gateway.name : nil
    }

    /// A VNet both are Connected peers of (a shared hub).
    private func sharedPeer(_ a: Int, _ b: Int) -> Int? {
        for remote in index.peeringRemotes[a] {
            guard let hub = remote.designIndex, hub != b,
                PeeringLink(from: a, to: hub, in: index)?.isConnected == true,
                PeeringLink(from: b, to: hub, in: index)?.isConnected == true
            else { continue }
            return hub
        }
        return nil
    }

    private mutating func routingLoop(at subnet: DesignIndex.SubnetRef) -> Outcome {
        block(
            .route, index.subnetPath(subnet), "routing loop",
            "the packet comes back to \(index.subnetPath(subnet)) (or passes \(PacketWalk.hopLimit) appliances): "
                + "the routes form a loop (RT-012)")
    }

    // MARK: - Legs

    /// One leg: sender outbound NSGs, the peering crossed, receiver inbound NSGs.
    private mutating func leg(
        from subnet: DesignIndex.SubnetRef, sender: Sender, to receiver: DesignIndex.SubnetRef, receiverNIC: Int?,
        crossing link: PeeringLink?
    ) -> ReachabilityDecision? {
        if let decision = senderOutbound(from: subnet, sender: sender) { return decision }
        if let link, let decision = admit(through: link, sender: sender) { return decision }
        if isReply { return nil }
        if let path = index.design.virtualNetworks[receiver.vnet].subnets[receiver.subnet].networkSecurityGroup,
            let g = index.networkSecurityGroup(path),
            let decision = check(g, inbound: true, context: receiver)
        {
            return decision
        }
        if let nic = receiverNIC, let path = index.design.networkInterfaces[nic].networkSecurityGroup,
            let g = index.networkSecurityGroup(path),
            let decision = check(g, inbound: true, context: receiver)
        {
            return decision
        }
        return nil
    }

    private mutating func senderOutbound(from subnet: DesignIndex.SubnetRef, sender: Sender) -> ReachabilityDecision? {
        if isReply { return nil }
        let nic: Int?
        switch sender {
        case .endpoint: nic = source.networkInterface
        case .appliance(let n): nic = n
        case .firewall, .gateway: nic = nil
        }
        if let nic, let path = index.design.networkInterfaces[nic].networkSecurityGroup,
            let g = index.networkSecurityGroup(path),
            let decision = check(g, inbound: false, context: subnet)
        {
            return decision
        }
        if let path = index.design.virtualNetworks[subnet.vnet].subnets[subnet.subnet].networkSecurityGroup,
            let g = index.networkSecurityGroup(path),
            let decision = check(g, inbound: false, context: subnet)
        {
            return decision
        }
        return nil
    }

    /// Peering admission (Reachability 4): both halves exist, and a packet whose source is not
    /// in the sending VNet's space (forwarded by an appliance there) needs the receiving VNet's
    /// half to allow forwarded traffic (PEER-007).
    private mutating func admit(through link: PeeringLink, sender: Sender) -> ReachabilityDecision? {
        let design = index.design
        let fromName = design.virtualNetworks[link.local].name
        let toName = design.virtualNetworks[link.remote].name
        guard link.isConnected || link.remoteIsOutsideDesign else {
            return block(
                .peering, link.localPath(index), "peeringState=Initiated",
                "\(toName) has no peering back to \(fromName): the peering stays Initiated and carries no traffic "
                    + "(PEER-003)"
            ).decision
        }
        if link.remoteIsOutsideDesign {
            noteUnknown(
                ReachabilityDecision(
                    kind: .unknown, resource: link.localPath(index), rule: "remote half outside the design",
                    reason: "\(toName) is declared existing: whether its half of the peering exists and admits the "
                        + "packet is not known offline"))
        }
        let remotePath = link.remotePath(index)
        hops.append(
            Hop(
                kind: .peering, resource: link.localPath(index),
                detail: "\(fromName) -> \(toName)" + (remotePath.map { ", Connected with \($0)" } ?? "")))
        let sourceInSender = index.vnetPrefixes[link.local].contains { $0.contains(flow.source) }
        if !sourceInSender, sender != .gateway, let remoteHalf = link.remoteHalf(index),
            !remoteHalf.allowForwardedTraffic,
            let remotePath
        {
            return block(
                .peering, remotePath, "allowForwardedTraffic=false",
                "\(remotePath) has allowForwardedTraffic=false: \(toName) refuses the packet that \(fromName) "
                    + "forwards, because its source \(flow.source) is outside \(fromName)'s address space (PEER-007)"
            ).decision
        }
        return nil
    }

    /// Evaluates one NSG; returns the blocking decision on deny. When the VirtualNetwork tag
    /// lost a peer to `allowVirtualNetworkAccess: false` and that changed the outcome, the
    /// decision names the flag next to the rule (contracts.md, Reachability verdicts).
    private mutating func check(_ g: Int, inbound: Bool, context: DesignIndex.SubnetRef) -> ReachabilityDecision? {
        let tag = VirtualNetworkTag(index: index, subnet: context)
        let evaluation = SecurityGroupEvaluation(
            index: index, tag: tag, sourceGroups: sourceGroups, destinationGroups: destinationGroups)
        let verdict = evaluation.evaluate(g, inbound: inbound, flow: flow)
        let name = index.design.networkSecurityGroups[g].name
        let direction = inbound ? "inbound" : "outbound"
        guard let allows = verdict.allows else {
            let reason =
                "\(name) \(verdict.ruleLabel) cannot be decided offline for \(flow.summary) \(direction): "
                + (verdict.undeterminedReason ?? "")
            hops.append(Hop(kind: .nsg, resource: name, detail: reason))
            notes.append(reason)
            noteUnknown(ReachabilityDecision(kind: .unknown, resource: name, rule: verdict.ruleLabel, reason: reason))
            return nil
        }
        if allows {
            hops.append(
                Hop(kind: .nsg, resource: name, detail: "\(direction): \(verdict.ruleLabel) allows \(flow.summary)"))
            lastAllow = ReachabilityDecision(
                kind: .nsg, resource: name, rule: verdict.ruleLabel,
                reason: "\(name) \(verdict.ruleLabel) allows \(flow.summary) \(direction)")
            return nil
        }
        var reason = "\(name) \(verdict.ruleLabel) denies \(flow.summary) \(direction)"
        // Did allowVirtualNetworkAccess: false change the outcome? Only asked when a peer with
        // that flag holds the other end: evaluating again with the peer in the tag tells.
        let peer = inbound ? flow.source : flow.destination
        if let half = tag.excludingPeeringHalf(for: peer) {
            var relaxedTag = tag
            relaxedTag.ignoresAccessFlags = true
            let relaxed = SecurityGroupEvaluation(
                index: index, tag: relaxedTag, sourceGroups: sourceGroups, destinationGroups: destinationGroups
            ).evaluate(g, inbound: inbound, flow: flow)
            if relaxed.allows == true {
                reason +=
                    "; \(half) has allowVirtualNetworkAccess=false, so \(peer) is left out of the VirtualNetwork tag"
                    + " of \(index.subnetPath(context)) and \(relaxed.ruleLabel) no longer matches (PEER-004)"
            }
        }
        return block(.nsg, name, verdict.ruleLabel, reason).decision
    }

    // MARK: - Reporting

    private mutating func block(
        _ kind: ReachabilityDecision.Kind, _ resource: String, _ rule: String, _ reason: String
    ) -> Outcome {
        hops.append(Hop(kind: .dropped, resource: resource, detail: reason))
        return .blocked(ReachabilityDecision(kind: kind, resource: resource, rule: rule, reason: reason))
    }

    private mutating func noteUnknown(_ decision: ReachabilityDecision) {
        if pendingUnknown == nil { pendingUnknown = decision }
    }

    /// Where to fix a route decision: the UDR itself, or for a system route the subnet whose
    /// effective table holds it (that is where a route table would go).
    private func routeResource(_ route: EffectiveRoute, in subnet: DesignIndex.SubnetRef) -> String {
        route.source == .default ? index.subnetPath(subnet) : route.origin
    }

    private func routeLabel(_ route: EffectiveRoute) -> String {
        var label = "\(route.addressPrefix) -> \(route.nextHopType?.rawValue ?? "?")"
        if let address = route.nextHopIpAddress { label += " \(address)" }
        return label
    }

    private func describe(_ route: EffectiveRoute) -> String {
        "\(routeLabel(route)) (\(route.source.rawValue), \(route.origin))"
    }
}

extension PacketWalk.Outcome {
    /// The blocking decision; only called on outcomes made by `block`.
    var decision: ReachabilityDecision? {
        if case .blocked(let decision) = self { return decision }
        return nil
    }
}
