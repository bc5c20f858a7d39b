/// "Would this connection work?" answered offline, the way Network Watcher's next hop, IP
/// flow verify and connection troubleshoot would answer it for a deployed network.
///
/// Build one per design value (it holds the `DesignIndex`); each `analyze` call then touches
/// only the subnets, NSGs and peerings on the path, so a query stays well under a millisecond
/// on the 1,000-VNet benchmark design.
public struct ReachabilityAnalyzer: Sendable {
    public let index: DesignIndex

    public init(index: DesignIndex) {
        self.index = index
    }

    public init(design: Design) {
        self.init(index: DesignIndex(design))
    }

    /// Resolves a VM name, NIC name or IP address to an endpoint (the address a dynamic NIC
    /// would get is assigned as `SubnetAddressAllocation` describes).
    public func endpoint(_ text: String) throws(ReachabilityError) -> NetworkEndpoint {
        try EndpointResolver(index: index).resolve(text)
    }

    /// The effective route table of a subnet, by path (`VNET/subnets/NAME`).
    public func effectiveRoutes(subnet path: String) throws(ReachabilityError) -> EffectiveRouteTable {
        guard let ref = index.subnet(path) else { throw .unknownSubnet(path) }
        return EffectiveRouteBuilder.table(for: ref, in: index)
    }

    /// Follows the packet from the source to the destination and back: the request must get
    /// through every route, peering, NSG, appliance and firewall; the reply must find a route
    /// back (NSGs and firewalls let it pass, being stateful) and should pass the same stateful
    /// devices, or the verdict notes that the asymmetric path is likely dropped.
    public func analyze(_ query: ReachabilityQuery) throws(ReachabilityError) -> ReachabilityResult {
        guard (0...65535).contains(query.port) else { throw .invalidPort(query.port) }
        if let port = query.sourcePort, !(0...65535).contains(port) { throw .invalidPort(port) }
        let resolver = EndpointResolver(index: index)
        let source = try resolver.resolve(query.source)
        guard let sourceSubnet = source.subnet else { throw .sourceOutsideDesign(query.source) }
        let destination = try resolver.resolve(query.destination)
        let flow = Flow(
            source: source.address, destination: destination.address, protocol: query.protocol,
            sourcePort: query.sourcePort, destinationPort: query.port)

        var sourceDetail = "\(source.address) in \(index.subnetPath(sourceSubnet))"
        if let note = source.addressNote { sourceDetail += "; \(note)" }
        var hops = [Hop(kind: .source, resource: source.resource, detail: sourceDetail)]
        var notes: [String] = []
        for endpoint in [source, destination] {
            if let note = endpoint.addressNote { notes.append("\(endpoint.resource) \(endpoint.address): \(note)") }
        }

        var request = PacketWalk(
            index: index, flow: flow, isReply: false, source: source, destination: destination)
        let outcome = request.run()
        hops += request.hops
        notes += request.notes
        if case .blocked(let decision) = outcome {
            return ReachabilityResult(reachable: false, hops: hops, decidedBy: decision, notes: notes)
        }

        var unknown = request.pendingUnknown
        var replySource = destination
        var startsAtGateway = false
        if let gateway = request.exitGateway,
            let gatewaySubnet = index.subnet(index.design.virtualNetworkGateways[gateway].subnet)
        {
            // The reply from on-premises enters at the gateway's subnet: its routes decide
            // whether it passes the same firewall (GW-009).
            replySource.subnet = gatewaySubnet
            startsAtGateway = true
        }
        if replySource.subnet != nil {
            var reply = PacketWalk(
                index: index, flow: flow.reply, isReply: true, source: replySource, destination: source)
            reply.startsAtGateway = startsAtGateway
            switch reply.run() {
            case .blocked(let decision):
                hops.append(
                    Hop(
                        kind: .return, resource: decision.resource,
                        detail: "the reply \(flow.reply.summary) is dropped: \(decision.reason)"))
                return ReachabilityResult(reachable: false, hops: hops, decidedBy: decision, notes: notes)
            case .delivered:
                hops.append(returnHop(request: request, reply: reply, flow: flow, destination: destination))
                if hops.last?.detail.hasPrefix("asymmetric") == true, let note = hops.last?.detail {
                    notes.append(note)
                }
                unknown = unknown ?? reply.pendingUnknown
            }
        } else {
            hops.append(
                Hop(
                    kind: .return, resource: destination.resource,
                    detail: "the reply comes from outside the design and is not followed"))
        }
        if let unknown {
            return ReachabilityResult(reachable: nil, hops: hops, decidedBy: unknown, notes: notes)
        }
        let decision =
            request.lastAllow
            ?? ReachabilityDecision(kind: .route, resource: source.resource, rule: "", reason: "delivered")
        return ReachabilityResult(reachable: true, hops: hops, decidedBy: decision, notes: notes)
    }

    /// Compares the stateful devices (firewalls, NVAs) each way: a stateful device that sees
    /// only one direction of a flow drops it (RT-015, GW-009).
    private func returnHop(request: PacketWalk, reply: PacketWalk, flow: Flow, destination: NetworkEndpoint) -> Hop {
        let forward = Set(request.statefulDevices)
        let backward = Set(reply.statefulDevices)
        if forward == backward {
            let via =
                request.statefulDevices.isEmpty
                ? "directly" : "through " + request.statefulDevices.joined(separator: ", ")
            return Hop(kind: .return, resource: destination.resource, detail: "the reply returns \(via)")
        }
        let onlyForward = request.statefulDevices.filter { !backward.contains($0) }
        let onlyBackward = reply.statefulDevices.filter { !forward.contains($0) }
        var parts: [String] = []
        if !onlyForward.isEmpty {
            parts.append("the request passes \(onlyForward.joined(separator: ", ")) but the reply does not")
        }
        if !onlyBackward.isEmpty {
            parts.append("the reply passes \(onlyBackward.joined(separator: ", ")) but the request does not")
        }
        return Hop(
            kind: .return, resource: destination.resource,
            detail: "asymmetric, likely dropped: \(parts.joined(separator: "; ")); a stateful device that sees one "
                + "direction only drops the flow (RT-015)")
    }
}
