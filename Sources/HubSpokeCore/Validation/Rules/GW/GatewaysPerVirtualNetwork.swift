/// A VNet holds at most one VPN gateway and one ExpressRoute gateway (they may coexist); a
/// second gateway of the same type is refused. This is also LIM-008, reported under this ID.
struct GatewaysPerVirtualNetwork: Rule {
    static let id = "GW-002"
    static let severity: Severity = .error
    static let title = "More than one VPN or ExpressRoute gateway in a VNet"
    static let help =
        "Azure allows one VPN gateway and one ExpressRoute gateway per virtual network; a second gateway of the same type fails to deploy."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#networking-limits"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let byVNet = GatewayPlacement.gatewaysByVNet(context)
        for v in byVNet.keys.sorted() {
            let gateways = byVNet[v] ?? []
            guard gateways.count > 1 else { continue }
            let vnet = design.virtualNetworks[v]
            for type in ["Vpn", "ExpressRoute"] {
                let same = gateways.filter { design.virtualNetworkGateways[$0].gatewayType.equalsIgnoringCase(type) }
                guard same.count > 1 else { continue }
                let first = design.virtualNetworkGateways[same[0]].name
                for extra in same.dropFirst() {
                    let gateway = design.virtualNetworkGateways[extra]
                    findings.append(
                        finding(
                            "\(gateway.name) is a second \(type) gateway in \(vnet.name) (\(first) is the first): Azure allows one \(type) gateway per VNet, so the deployment fails. Remove one, or put it in another VNet.",
                            resources: [gateway.name, first, vnet.name], field: "gatewayType"))
                }
            }
        }
    }
}
