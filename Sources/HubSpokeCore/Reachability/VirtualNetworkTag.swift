/// The `VirtualNetwork` service tag as seen from one subnet (the one whose NSG, or whose NIC's
/// NSG, is being evaluated), following azure-rules.md Reachability 5d: the VNet's own space;
/// the spaces of Connected peers, unless `allowVirtualNetworkAccess` is false on either half;
/// the on-premises prefixes of the gateway the VNet uses; and the prefixes of the UDRs on the
/// subnet. A 0.0.0.0/0 UDR puts the default route into the tag, so the tag then covers every
/// address (why SEC-006 exists).
///
/// A query only ever asks about two addresses, so `resolver(for:)` includes a peer's space only
/// when it holds one of them: exact for that flow, and a hub with hundreds of peers costs two
/// lookups instead of a set of hundreds of prefixes.
struct VirtualNetworkTag {
    let index: DesignIndex
    let subnet: DesignIndex.SubnetRef
    /// When true, peers count even where `allowVirtualNetworkAccess` is false: used to tell
    /// whether the flag changed an NSG's outcome.
    var ignoresAccessFlags = false

    private let userRoutePrefixes: [AddressPrefix]
    private let onPremisesPrefixes: [AddressPrefix]

    init(index: DesignIndex, subnet: DesignIndex.SubnetRef) {
        self.index = index
        self.subnet = subnet
        var routes: [AddressPrefix] = []
        let owner = index.design.virtualNetworks[subnet.vnet].subnets[subnet.subnet]
        if let path = owner.routeTable, let t = index.routeTable(path) {
            routes = index.design.routeTables[t].routes.compactMap { AddressPrefix($0.addressPrefix) }
        }
        userRoutePrefixes = routes
        onPremisesPrefixes = GatewayReach.of(subnet.vnet, in: index)?.prefixes.map(\.prefix) ?? []
    }

    /// The tag's addresses, restricted to peers that hold one of `addresses`.
    func addresses(relevantTo addresses: [IPAddress]) -> AddressSet {
        var prefixes = index.vnetPrefixes[subnet.vnet] + userRoutePrefixes + onPremisesPrefixes
        var peers: Set<Int> = []
        for address in addresses {
            guard let link = peerLink(for: address), !peers.contains(link.remote) else { continue }
            peers.insert(link.remote)
            if ignoresAccessFlags || admitsPeer(link) { prefixes += index.vnetPrefixes[link.remote] }
        }
        return AddressSet(prefixes)
    }

    /// Every address outside the private ranges: what Microsoft's service tags draw from.
    static let publicSpace = AddressSet.all.subtracting(.privateRanges)

    /// The resolver for NSG matching of `flow`: VirtualNetwork, Internet and AzureLoadBalancer
    /// as Azure defines them here. Other tags (`Storage`, `AzureCloud`...) are Microsoft's
    /// address lists, not known offline; `SecurityGroupEvaluation` decides them only where the
    /// flow's addresses make the answer certain.
    func resolver(for flow: Flow) -> ServiceTagResolver {
        .standard(virtualNetwork: addresses(relevantTo: [flow.source, flow.destination]))
    }

    /// The peering link that would put `address` into the tag, whatever its flags say.
    func peerLink(for address: IPAddress) -> PeeringLink? {
        guard let v = EndpointResolver(index: index).virtualNetwork(containing: address), v != subnet.vnet,
            let link = PeeringLink(from: subnet.vnet, to: v, in: index),
            link.isConnected || link.remoteIsOutsideDesign
        else { return nil }
        return link
    }

    /// The half with `allowVirtualNetworkAccess: false` that keeps `address` out of the tag.
    func excludingPeeringHalf(for address: IPAddress) -> String? {
        guard let link = peerLink(for: address) else { return nil }
        if !link.localHalf(index).allowVirtualNetworkAccess { return link.localPath(index) }
        if let remote = link.remoteHalf(index), !remote.allowVirtualNetworkAccess { return link.remotePath(index) }
        return nil
    }

    private func admitsPeer(_ link: PeeringLink) -> Bool {
        link.localHalf(index).allowVirtualNetworkAccess && (link.remoteHalf(index)?.allowVirtualNetworkAccess ?? true)
    }
}
