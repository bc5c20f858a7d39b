/// `useRemoteGateways` needs a VPN or ExpressRoute gateway (or a Route Server) in the remote
/// VNet when the peering is created; ARM checks it unless `doNotVerifyRemoteGateways` is set.
struct RemoteGatewaysWithoutGateway: Rule {
    static let id = "PEER-010"
    static let severity: Severity = .error
    static let title = "useRemoteGateways but the remote VNet has no gateway"
    static let help =
        "A peering with useRemoteGateways: true requires the remote VNet to contain a VPN or ExpressRoute gateway or a "
        + "Route Server. ARM rejects the peering when it has none (unless doNotVerifyRemoteGateways is set); in a "
        + "template, deploy the hub gateway before the spoke's peering."
    static let source = "https://learn.microsoft.com/rest/api/virtualnetwork/virtual-network-peerings/create-or-update"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let vnets = context.design.virtualNetworks
        for (v, vnet) in vnets.enumerated() {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated()
            where peering.useRemoteGateways && !peering.doNotVerifyRemoteGateways {
                guard case .inDesign(let r) = index.peeringRemotes[v][p], r != v, !index.hasGatewayOrRouteServer(r)
                else { continue }
                let path = index.peeringPath(vnet: v, peering: p)
                guard !context.isUnknown(path, "doNotVerifyRemoteGateways") else { continue }
                findings.append(
                    finding(
                        "\(path) sets useRemoteGateways, but \(vnets[r].name) has no VPN or ExpressRoute gateway and no "
                            + "Route Server: ARM rejects the peering (RemoteVnetHasNoGateways). Add the gateway to "
                            + "\(vnets[r].name) and deploy it before this peering, or turn useRemoteGateways off.",
                        resources: [path, vnets[r].name], field: "useRemoteGateways"))
            }
        }
    }
}
