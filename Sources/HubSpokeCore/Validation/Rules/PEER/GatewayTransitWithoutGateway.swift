/// `allowGatewayTransit` offers the local gateway to the peer. Without a gateway (or Route
/// Server) it has no effect today; it usually means the flags were set on the wrong side, and
/// it starts to matter as soon as a gateway is added.
struct GatewayTransitWithoutGateway: Rule {
    static let id = "PEER-013"
    static let severity: Severity = .warning
    static let title = "allowGatewayTransit on a VNet without a gateway"
    static let help =
        "allowGatewayTransit on a peering whose VNet has no virtual network gateway or Route Server is accepted but "
        + "has no effect; it usually means the flags are on the wrong side (transit belongs on the hub, "
        + "useRemoteGateways on the spoke), and the flag takes effect as soon as a gateway is added."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        for (v, vnet) in context.design.virtualNetworks.enumerated()
        where !vnet.isExisting && !index.hasGatewayOrRouteServer(v) {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() where peering.allowGatewayTransit {
                let path = index.peeringPath(vnet: v, peering: p)
                findings.append(
                    finding(
                        "\(path) sets allowGatewayTransit, but \(vnet.name) has no VPN or ExpressRoute gateway or Route "
                            + "Server, so the flag does nothing now. Transit belongs on the peering of the VNet that "
                            + "owns the gateway (useRemoteGateways on the other side); clear it here unless "
                            + "\(vnet.name) is getting a gateway.",
                        resources: [path, vnet.name], field: "allowGatewayTransit"))
            }
        }
    }
}
