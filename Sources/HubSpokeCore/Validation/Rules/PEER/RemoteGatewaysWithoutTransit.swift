/// `useRemoteGateways` borrows the remote VNet's gateway, which the remote side must offer with
/// `allowGatewayTransit` on its peering back; ARM rejects the peering otherwise.
struct RemoteGatewaysWithoutTransit: Rule {
    static let id = "PEER-009"
    static let severity: Severity = .error
    static let title = "useRemoteGateways without allowGatewayTransit on the remote half"
    static let help =
        "A peering that sets useRemoteGateways needs the remote VNet's peering back to this VNet to set "
        + "allowGatewayTransit: true. ARM rejects the peering otherwise."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering#create-a-peering"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let vnets = context.design.virtualNetworks
        for (v, vnet) in vnets.enumerated() {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() where peering.useRemoteGateways {
                guard case .inDesign(let r) = index.peeringRemotes[v][p], r != v,
                    let back = index.peering(from: r, to: v), !vnets[r].virtualNetworkPeerings[back].allowGatewayTransit
                else { continue }
                let path = index.peeringPath(vnet: v, peering: p)
                let backPath = index.peeringPath(vnet: r, peering: back)
                guard !context.isUnknown(backPath, "allowGatewayTransit") else { continue }
                findings.append(
                    finding(
                        "\(path) sets useRemoteGateways, but \(backPath) does not set allowGatewayTransit: ARM rejects "
                            + "the peering. Set allowGatewayTransit: true on \(backPath) (the gateway owner's side), or "
                            + "turn useRemoteGateways off.",
                        resources: [path, backPath], field: "useRemoteGateways"))
            }
        }
    }
}
