/// A VNet uses either its own gateway or a remote one: ARM refuses `useRemoteGateways` on a
/// VNet that already has a virtual network gateway.
struct RemoteGatewaysWithLocalGateway: Rule {
    static let id = "PEER-011"
    static let severity: Severity = .error
    static let title = "useRemoteGateways on a VNet that has its own gateway"
    static let help =
        "useRemoteGateways cannot be set on a peering of a VNet that already has a virtual network gateway; ARM "
        + "rejects it. A VNet uses either its own gateway or the remote one."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        for (v, vnet) in design.virtualNetworks.enumerated() {
            guard let gateways = index.gatewaysByVNet[v], let own = gateways.first else { continue }
            let gatewayName = design.virtualNetworkGateways[own].name
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() where peering.useRemoteGateways {
                let path = index.peeringPath(vnet: v, peering: p)
                findings.append(
                    finding(
                        "\(path) sets useRemoteGateways, but \(vnet.name) has its own gateway \(gatewayName): ARM "
                            + "rejects the peering, since a VNet uses either its own gateway or a remote one. Turn "
                            + "useRemoteGateways off, or remove \(gatewayName) to use the remote gateway.",
                        resources: [path, gatewayName], field: "useRemoteGateways"))
            }
        }
    }
}
