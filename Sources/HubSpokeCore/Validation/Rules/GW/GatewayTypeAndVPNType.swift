/// A virtual network gateway is either `Vpn` or `ExpressRoute`. VPN gateways should be
/// route-based: policy-based ones exist only on the Basic SKU and lack BGP, IKEv2/OpenVPN
/// point-to-site, multiple site-to-site tunnels and transit.
struct GatewayTypeAndVPNType: Rule {
    static let id = "GW-003"
    static let severity: Severity = .error
    static let title = "Gateway type is not Vpn/ExpressRoute, or VPN type is not supported for the SKU"
    static let help =
        "gatewayType must be Vpn or ExpressRoute; vpnType must be RouteBased, except on the Basic SKU, the only one that offers PolicyBased."
    static let source = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for gateway in context.design.virtualNetworkGateways {
            guard gateway.isVpn || gateway.isExpressRoute else {
                findings.append(
                    finding(
                        "\(gateway.name) has gatewayType '\(gateway.gatewayType)': Azure accepts only Vpn or ExpressRoute. Set gatewayType to Vpn for site-to-site/point-to-site, or ExpressRoute.",
                        resources: [gateway.name], field: "gatewayType"))
                continue
            }
            guard gateway.isVpn, let vpnType = gateway.vpnType else { continue }
            if vpnType.equalsIgnoringCase("RouteBased") { continue }
            if vpnType.equalsIgnoringCase("PolicyBased") {
                guard !GatewayPlacement.isBasic(gateway) else { continue }
                findings.append(
                    finding(
                        "\(gateway.name) is PolicyBased on SKU \(gateway.sku): policy-based VPN gateways exist only on the Basic SKU, so the deployment fails. Use vpnType RouteBased (it supports BGP, IKEv2/OpenVPN and transit).",
                        resources: [gateway.name], field: "vpnType"))
            } else {
                findings.append(
                    finding(
                        "\(gateway.name) has vpnType '\(vpnType)': Azure accepts RouteBased or PolicyBased. Use RouteBased.",
                        resources: [gateway.name], field: "vpnType"))
            }
        }
    }
}
