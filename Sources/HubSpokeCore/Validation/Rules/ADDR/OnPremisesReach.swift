/// Which VNets reach which on-premises sites: through a site-to-site connection on their own
/// gateway, or on the hub gateway they use with `useRemoteGateways`. ADDR-010 compares each VNet
/// with its sites; ADDR-009 compares the VNets that reach one site with each other.
struct OnPremisesReach {
    struct Path {
        var vnet: Int
        /// The VNet whose gateway carries the connection (`vnet` itself, or its transit hub).
        var hub: Int
        var gateway: Int
        var connection: Int
        /// The local network gateway.
        var site: Int
    }

    /// In connection order; for each connection the gateway's VNet first, then its transit users.
    let paths: [Path]

    init(_ index: DesignIndex) {
        let design = index.design
        guard !design.connections.isEmpty else {
            paths = []
            return
        }
        var transitUsers: [Int: [Int]] = [:]
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() where peering.useRemoteGateways {
                if let hub = index.peeringRemotes[v][p].designIndex, hub != v {
                    transitUsers[hub, default: []].append(v)
                }
            }
        }
        var out: [Path] = []
        for (c, connection) in design.connections.enumerated() {
            guard let siteName = connection.localNetworkGateway2,
                let site = index.localNetworkGateway(siteName),
                let gateway = index.virtualNetworkGateway(connection.virtualNetworkGateway1),
                let hub = index.subnet(design.virtualNetworkGateways[gateway].subnet)?.vnet
            else { continue }
            for v in [hub] + (transitUsers[hub] ?? []) {
                out.append(Path(vnet: v, hub: hub, gateway: gateway, connection: c, site: site))
            }
        }
        paths = out
    }

    /// The key that identifies an on-premises site: local network gateways with the same public
    /// address are the same device seen from two gateways.
    static func siteKey(_ site: Int, _ design: Design) -> String {
        design.localNetworkGateways[site].gatewayIpAddress.map { "ip:" + $0 } ?? "lng:\(site)"
    }
}
