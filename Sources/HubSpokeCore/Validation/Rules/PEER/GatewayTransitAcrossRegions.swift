/// Gateway transit works over global (cross-region) peering since 2019, so cross-region
/// `useRemoteGateways` is not a problem in itself; ExpressRoute FastPath, however, does not
/// work over global peering. Reported where a spoke uses a remote ExpressRoute gateway in
/// another region, the one case where the difference shows.
struct GatewayTransitAcrossRegions: Rule {
    static let id = "PEER-015"
    static let severity: Severity = .info
    static let title = "Gateway transit over global peering"
    static let help =
        "Gateway transit works over global (cross-region) peering as well as regional peering (GA since April 2019; "
        + "older docs said regional only). ExpressRoute FastPath does not work over global peering."
    static let source = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-different-region"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() where peering.useRemoteGateways {
                guard case .inDesign(let r) = index.peeringRemotes[v][p], r != v,
                    vnet.placement.sameRegion(as: design.virtualNetworks[r].placement) == false,
                    let er = (index.gatewaysByVNet[r] ?? []).first(where: {
                        design.virtualNetworkGateways[$0].isExpressRoute
                    })
                else { continue }
                let path = index.peeringPath(vnet: v, peering: p)
                let remote = design.virtualNetworks[r]
                let gateway = design.virtualNetworkGateways[er].name
                findings.append(
                    finding(
                        "\(path) uses the ExpressRoute gateway \(gateway) of \(remote.name) across regions "
                            + "(\(vnet.placement.location ?? "default") → \(remote.placement.location ?? "default")): "
                            + "gateway transit works over global peering, but ExpressRoute FastPath does not, so "
                            + "traffic from \(vnet.name) always passes through the gateway.",
                        resources: [path, gateway], field: "useRemoteGateways"))
            }
        }
    }
}
