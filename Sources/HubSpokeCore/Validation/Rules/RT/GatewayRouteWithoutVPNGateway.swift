/// A UDR with next hop `VirtualNetworkGateway` needs a VPN gateway in the subnet's VNet or one it
/// uses through gateway transit. An ExpressRoute gateway cannot be a UDR next hop (it takes
/// routes over BGP only), nor can gateways in a VPN/ExpressRoute coexistence setup; the traffic
/// is not delivered.
struct GatewayRouteWithoutVPNGateway: Rule {
    static let id = "RT-006"
    static let severity: Severity = .error
    static let title = "VirtualNetworkGateway route without a usable VPN gateway"
    static let help =
        "A route with next hop VirtualNetworkGateway needs a VPN gateway in the VNet (or one used through gateway "
        + "transit). ARM accepts the route, but an ExpressRoute gateway cannot be a UDR next hop, nor can gateways "
        + "with VPN/ExpressRoute coexistence, so the traffic is not delivered."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#user-defined"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        for (t, table) in design.routeTables.enumerated() {
            let routes = table.routes.filter { $0.sendsToGateway }
            guard !routes.isEmpty else { continue }
            let users = index.subnetsByRouteTable[t] ?? []
            for v in Array(Set(users.map(\.vnet))).sorted() where !design.virtualNetworks[v].isExisting {
                guard let problem = problem(vnet: v, context) else { continue }
                let subnetPaths = users.filter { $0.vnet == v }.map(index.subnetPath)
                for route in routes {
                    let path = ResourcePath.child(table.name, .routes, route.name)
                    findings.append(
                        finding(
                            "\(path) sends \(route.addressPrefix) to VirtualNetworkGateway for "
                                + "\(RoutingWording.list(subnetPaths, limit: 3)), but \(problem), so that traffic is "
                                + "not delivered. Use a VPN gateway, or let BGP/gateway route propagation carry "
                                + "on-premises routes instead of a UDR.",
                            resources: [path] + subnetPaths, field: "nextHopType"))
                }
            }
        }
    }

    /// Why the gateways `vnet` can use cannot take a UDR, or nil when a VPN gateway can (or when
    /// the gateway is outside the design).
    private func problem(vnet v: Int, _ context: ValidationContext) -> String? {
        let index = context.index
        let design = context.design
        var gateways = index.gatewaysByVNet[v] ?? []
        var owner = design.virtualNetworks[v].name
        if gateways.isEmpty {
            for (p, peering) in design.virtualNetworks[v].virtualNetworkPeerings.enumerated()
            where peering.useRemoteGateways {
                switch index.peeringRemotes[v][p] {
                case .inDesign(let r):
                    gateways = index.gatewaysByVNet[r] ?? []
                    owner = design.virtualNetworks[r].name
                case .existing, .external:
                    return nil
                case .missing:
                    break
                }
                break
            }
        }
        let vpn = gateways.filter { design.virtualNetworkGateways[$0].isVpn }
        let expressRoute = gateways.filter { design.virtualNetworkGateways[$0].isExpressRoute }
        switch (vpn.isEmpty, expressRoute.isEmpty) {
        case (false, true):
            return nil
        case (false, false):
            return "\(owner)'s VPN gateway \(design.virtualNetworkGateways[vpn[0]].name) coexists with the "
                + "ExpressRoute gateway \(design.virtualNetworkGateways[expressRoute[0]].name), and coexisting "
                + "gateways cannot be a UDR next hop"
        case (true, false):
            return "the only gateway \(design.virtualNetworks[v].name) can use is the ExpressRoute gateway "
                + "\(design.virtualNetworkGateways[expressRoute[0]].name) (in \(owner)), which learns routes over BGP "
                + "only and cannot be a UDR next hop"
        case (true, true):
            return
                "\(design.virtualNetworks[v].name) has no virtual network gateway and uses none through gateway transit"
        }
    }
}
