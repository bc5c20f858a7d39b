/// One side of a peering owns the gateway, the other uses it. Both halves setting
/// `useRemoteGateways`, or both offering transit while both have gateways, says neither.
struct ContradictoryGatewayFlags: Rule {
    static let id = "PEER-014"
    static let severity: Severity = .warning
    static let title = "Both halves of a peering claim the same gateway role"
    static let help =
        "Both halves of one peering set useRemoteGateways, or both set allowGatewayTransit while both VNets have "
        + "gateways: the intent is contradictory. One side owns the gateway (allowGatewayTransit), the other uses it "
        + "(useRemoteGateways)."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let vnets = context.design.virtualNetworks
        for (v, vnet) in vnets.enumerated() {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() {
                guard case .inDesign(let r) = index.peeringRemotes[v][p], v < r,
                    let back = index.peering(from: r, to: v),
                    index.peering(from: v, to: r) == p
                else { continue }
                let other = vnets[r].virtualNetworkPeerings[back]
                let path = index.peeringPath(vnet: v, peering: p)
                let backPath = index.peeringPath(vnet: r, peering: back)
                if peering.useRemoteGateways && other.useRemoteGateways {
                    findings.append(
                        finding(
                            "\(path) and \(backPath) both set useRemoteGateways: each side expects the other to own "
                                + "the gateway. Keep useRemoteGateways on the side without a gateway and set "
                                + "allowGatewayTransit on the gateway owner's side instead.",
                            resources: [path, backPath], field: "useRemoteGateways"))
                }
                if peering.allowGatewayTransit && other.allowGatewayTransit && index.hasGatewayOrRouteServer(v)
                    && index.hasGatewayOrRouteServer(r)
                {
                    findings.append(
                        finding(
                            "\(path) and \(backPath) both set allowGatewayTransit and both \(vnet.name) and "
                                + "\(vnets[r].name) have gateways: neither side can use the other's gateway, so the "
                                + "flags say nothing. Decide which VNet owns transit and clear the flag on the other "
                                + "side.",
                            resources: [path, backPath], field: "allowGatewayTransit"))
                }
            }
        }
    }
}
