/// The virtual network gateway a VNet sends on-premises traffic to: its own, or the remote
/// hub's through gateway transit (the VNet's own peering sets `useRemoteGateways` and the hub's
/// half back sets `allowGatewayTransit`). The prefixes are those of the local network gateways
/// connected to that gateway: what the gateway learns and propagates (GW-008).
struct GatewayReach: Hashable, Sendable {
    /// The VNet that owns the gateway.
    var gatewayVirtualNetwork: Int
    /// Index into `design.virtualNetworkGateways`.
    var gateway: Int
    /// The spoke's peering that uses the remote gateway, for transit.
    var transitPeering: PeeringLink?
    /// On-premises prefixes with the local network gateway each comes from.
    var prefixes: [OnPremisesPrefix]

    /// One prefix a local network gateway announces.
    struct OnPremisesPrefix: Hashable, Sendable {
        var prefix: AddressPrefix
        var localNetworkGateway: String
    }

    /// The gateway `vnet` uses, if any. A VNet with its own gateway never uses a remote one
    /// (PEER-011), so its own gateway is taken first.
    static func of(_ vnet: Int, in index: DesignIndex) -> GatewayReach? {
        if let own = index.gatewaysByVNet[vnet]?.first {
            return GatewayReach(
                gatewayVirtualNetwork: vnet, gateway: own, transitPeering: nil,
                prefixes: onPremisesPrefixes(of: own, in: index))
        }
        let peerings = index.design.virtualNetworks[vnet].virtualNetworkPeerings
        for (p, peering) in peerings.enumerated() where peering.useRemoteGateways {
            guard let remote = index.peeringRemotes[vnet][p].designIndex,
                let link = PeeringLink(from: vnet, to: remote, in: index), link.localPeering == p,
                let back = link.remoteHalf(index), back.allowGatewayTransit,
                let gateway = index.gatewaysByVNet[remote]?.first
            else { continue }
            return GatewayReach(
                gatewayVirtualNetwork: remote, gateway: gateway, transitPeering: link,
                prefixes: onPremisesPrefixes(of: gateway, in: index))
        }
        return nil
    }

    /// Prefixes of every local network gateway connected to `gateway`.
    static func onPremisesPrefixes(of gateway: Int, in index: DesignIndex) -> [OnPremisesPrefix] {
        var out: [OnPremisesPrefix] = []
        for connection in index.design.connections {
            guard index.virtualNetworkGateway(connection.virtualNetworkGateway1) == gateway,
                let lngPath = connection.localNetworkGateway2, let lng = index.localNetworkGateway(lngPath)
            else { continue }
            let local = index.design.localNetworkGateways[lng]
            for text in local.addressPrefixes {
                if let prefix = AddressPrefix(text) {
                    out.append(OnPremisesPrefix(prefix: prefix, localNetworkGateway: local.name))
                }
            }
        }
        return out
    }

    func gatewayName(_ index: DesignIndex) -> String { index.design.virtualNetworkGateways[gateway].name }
}
