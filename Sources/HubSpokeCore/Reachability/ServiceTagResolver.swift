/// Resolves the service tags NSG rules use, as seen from one subnet (the one whose NSG, or whose
/// NIC's NSG, is being evaluated), following azure-rules.md Reachability 5c-5d:
///
/// - `VirtualNetwork`: the VNet's own space; the spaces of Connected peers, unless
///   `allowVirtualNetworkAccess` is false on either half; the on-premises prefixes of the
///   gateway the VNet uses; and the prefixes of the UDRs on the subnet. A 0.0.0.0/0 UDR puts the
///   default route into the tag, so the tag then covers every address (why SEC-006 exists).
/// - `Internet`: public addresses outside `VirtualNetwork`. A private address in no known space
///   matches neither tag.
/// - `AzureLoadBalancer`: 168.63.129.16.
///
/// Other tags (`Storage`, `AzureCloud`...) name Microsoft address lists that are not known
/// offline; they resolve to nil ("unknown").
struct ServiceTagResolver {
    let index: DesignIndex
    let subnet: DesignIndex.SubnetRef
    /// When true, peers count even where `allowVirtualNetworkAccess` is false: used to tell
    /// whether the flag changed an NSG's outcome.
    var ignoresAccessFlags = false

    private let userRoutePrefixes: [AddressPrefix]
    private let onPremisesPrefixes: [AddressPrefix]

    static let azureLoadBalancer = IPAddress(v4: 0xA83F_8110)  // 168.63.129.16

    init(index: DesignIndex, subnet: DesignIndex.SubnetRef, ignoresAccessFlags: Bool = false) {
        self.index = index
        self.subnet = subnet
        self.ignoresAccessFlags = ignoresAccessFlags
        var routes: [AddressPrefix] = []
        let owner = index.design.virtualNetworks[subnet.vnet].subnets[subnet.subnet]
        if let path = owner.routeTable, let t = index.routeTable(path) {
            routes = index.design.routeTables[t].routes.compactMap { AddressPrefix($0.addressPrefix) }
        }
        userRoutePrefixes = routes
        onPremisesPrefixes = GatewayReach.of(subnet.vnet, in: index)?.prefixes.map(\.prefix) ?? []
    }

    /// Membership of `address` in `tag`; nil for a tag that cannot be resolved offline.
    func contains(tag: String, address: IPAddress) -> Bool? {
        if tag.equalsIgnoringCase("VirtualNetwork") { return virtualNetworkContains(address) }
        if tag.equalsIgnoringCase("Internet") { return internetContains(address) }
        if tag.equalsIgnoringCase("AzureLoadBalancer") { return address == ServiceTagResolver.azureLoadBalancer }
        return nil
    }

    func virtualNetworkContains(_ address: IPAddress) -> Bool {
        if index.vnetPrefixes[subnet.vnet].contains(where: { $0.contains(address) }) { return true }
        if userRoutePrefixes.contains(where: { $0.contains(address) }) { return true }
        if onPremisesPrefixes.contains(where: { $0.contains(address) }) { return true }
        return peerAdmitted(address)
    }

    func internetContains(_ address: IPAddress) -> Bool {
        !ReservedRanges.isPrivate(address) && !(address.family == .v6 && ReservedRanges.uniqueLocalV6.contains(address))
            && !virtualNetworkContains(address)
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

    private func peerAdmitted(_ address: IPAddress) -> Bool {
        guard let link = peerLink(for: address) else { return false }
        if ignoresAccessFlags { return true }
        return link.localHalf(index).allowVirtualNetworkAccess
            && (link.remoteHalf(index)?.allowVirtualNetworkAccess ?? true)
    }
}
