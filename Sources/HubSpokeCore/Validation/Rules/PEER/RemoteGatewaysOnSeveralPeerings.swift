/// Only one peering of a VNet may set `useRemoteGateways`: a VNet learns its on-premises routes
/// from one gateway, and ARM rejects a second such peering.
struct RemoteGatewaysOnSeveralPeerings: Rule {
    static let id = "PEER-012"
    static let severity: Severity = .error
    static let title = "More than one peering of a VNet sets useRemoteGateways"
    static let help =
        "At most one peering per VNet can have useRemoteGateways: true; ARM rejects a second one."
    static let source = "https://learn.microsoft.com/rest/api/virtualnetwork/virtual-network-peerings/create-or-update"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            var first: Int?
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() where peering.useRemoteGateways {
                guard let firstPeering = first else {
                    first = p
                    continue
                }
                let path = index.peeringPath(vnet: v, peering: p)
                let firstPath = index.peeringPath(vnet: v, peering: firstPeering)
                findings.append(
                    finding(
                        "\(path) sets useRemoteGateways, and so does \(firstPath): a VNet can use the gateway of one "
                            + "remote VNet only, and ARM rejects the second peering. Keep useRemoteGateways on one "
                            + "peering of \(vnet.name).",
                        resources: [path, firstPath], field: "useRemoteGateways"))
            }
        }
    }
}
