/// The Basic VPN SKU is a legacy SKU without BGP, active-active, IKEv2/OpenVPN point-to-site,
/// RADIUS, zone redundancy or gateway transit, and with at most 10 site-to-site tunnels.
/// Reported only where a Basic gateway is asked for one of those (transit is GW-010).
struct BasicGatewayLimits: Rule {
    static let id = "GW-004"
    static let severity: Severity = .info
    static let title = "Basic VPN gateway used with a feature the Basic SKU lacks"
    static let help =
        "The Basic VPN SKU supports no BGP, no active-active, no IKEv2/OpenVPN point-to-site, no RADIUS, no zone redundancy, at most 10 site-to-site tunnels and no gateway transit; policy-based gateways exist only as Basic and only through PowerShell/CLI."
    static let source = "https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus"
    init() {}

    static let maximumTunnels = 10

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        var tunnels: [Int: Int] = [:]
        for connection in design.connections where !connection.connectionType.equalsIgnoringCase("ExpressRoute") {
            if let g = context.index.virtualNetworkGateway(connection.virtualNetworkGateway1) {
                tunnels[g, default: 0] += 1
            }
        }
        for (g, gateway) in design.virtualNetworkGateways.enumerated()
        where gateway.isVpn && GatewayPlacement.isBasic(gateway) {
            if gateway.enableBgp {
                findings.append(
                    finding(
                        "\(gateway.name) is Basic SKU with BGP enabled: the Basic SKU has no BGP. Use VpnGw1AZ or larger, or turn BGP off.",
                        resources: [gateway.name], field: "enableBgp"))
            }
            if gateway.activeActive {
                findings.append(
                    finding(
                        "\(gateway.name) is Basic SKU in active-active mode: the Basic SKU is active-standby only. Use VpnGw1AZ or larger for active-active.",
                        resources: [gateway.name], field: "activeActive"))
            }
            if let count = tunnels[g], count > Self.maximumTunnels {
                findings.append(
                    finding(
                        "\(gateway.name) is Basic SKU with \(count) site-to-site connections: the Basic SKU allows at most \(Self.maximumTunnels) tunnels. Use VpnGw1AZ or larger.",
                        resources: [gateway.name], field: "sku"))
            }
            if let vpnType = gateway.vpnType, vpnType.equalsIgnoringCase("PolicyBased") {
                findings.append(
                    finding(
                        "\(gateway.name) is a policy-based Basic gateway: Azure creates those only through PowerShell or CLI, with one site-to-site tunnel and no point-to-site. Prefer a route-based VpnGw1AZ.",
                        resources: [gateway.name], field: "vpnType"))
            }
        }
    }
}
