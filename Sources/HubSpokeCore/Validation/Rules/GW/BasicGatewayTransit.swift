/// Gateway transit (a peered VNet using this VNet's gateway) is not supported on the Basic VPN
/// SKU: spokes get no on-premises connectivity through it.
struct BasicGatewayTransit: Rule {
    static let id = "GW-010"
    static let severity: Severity = .error
    static let title = "Basic SKU gateway used for gateway transit"
    static let help =
        "Gateway transit over VNet peering does not support the Basic VPN SKU; the gateway that peered VNets use must be VpnGw1 or larger (AZ SKUs preferred)."
    static let source = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-different-region"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        let incoming = GatewayPlacement.incomingPeerings(context)
        let byVNet = GatewayPlacement.gatewaysByVNet(context)
        for hub in byVNet.keys.sorted() {
            for g in byVNet[hub] ?? [] {
                let gateway = design.virtualNetworkGateways[g]
                guard gateway.isVpn, GatewayPlacement.isBasic(gateway) else { continue }
                let vnet = design.virtualNetworks[hub]
                var paths: [String] = []
                for (p, peering) in vnet.virtualNetworkPeerings.enumerated() where peering.allowGatewayTransit {
                    let path = index.peeringPath(vnet: hub, peering: p)
                    if !context.isUnknown(path, "allowGatewayTransit") { paths.append(path) }
                }
                for entry in incoming[hub] ?? []
                where design.virtualNetworks[entry.vnet].virtualNetworkPeerings[entry.peering].useRemoteGateways {
                    let path = index.peeringPath(vnet: entry.vnet, peering: entry.peering)
                    if !context.isUnknown(path, "useRemoteGateways") { paths.append(path) }
                }
                guard !paths.isEmpty else { continue }
                findings.append(
                    finding(
                        "\(gateway.name) in \(vnet.name) is Basic SKU but is used for gateway transit (\(paths.joined(separator: ", "))): the Basic SKU does not support transit, so peered VNets get no on-premises connectivity. Use VpnGw1AZ or larger.",
                        resources: [gateway.name] + paths, field: "sku"))
            }
        }
    }
}
