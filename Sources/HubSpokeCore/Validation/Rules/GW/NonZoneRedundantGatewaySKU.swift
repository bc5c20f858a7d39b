/// Microsoft is consolidating gateways on the zone-redundant AZ SKUs (VpnGw1AZ-5AZ, ErGw1AZ-3AZ)
/// and migrating the non-AZ and legacy ones; a new design should start on an AZ SKU.
struct NonZoneRedundantGatewaySKU: Rule {
    static let id = "GW-005"
    static let severity: Severity = .warning
    static let title = "Gateway uses a non-AZ or legacy SKU"
    static let help =
        "VpnGw1-5 and the legacy Standard/HighPerformance (and ExpressRoute UltraPerformance) SKUs are not zone-redundant and are being migrated to the AZ SKUs, which need a Standard static public IP."
    static let source = "https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus"
    init() {}

    /// The AZ SKU to use instead of a non-AZ one, or nil when the SKU is already fine.
    static func replacement(for gateway: VirtualNetworkGateway) -> String? {
        let sku = gateway.sku.asciiLowercased
        if gateway.isExpressRoute {
            switch sku {
            case "standard": return "ErGw1AZ"
            case "highperformance": return "ErGw2AZ"
            case "ultraperformance": return "ErGw3AZ"
            default: return nil
            }
        }
        guard gateway.isVpn else { return nil }
        switch sku {
        case "standard": return "VpnGw1AZ"
        case "highperformance": return "VpnGw2AZ"
        default:
            guard sku.hasPrefix("vpngw"), !sku.hasSuffix("az") else { return nil }
            let generation = sku.dropFirst("vpngw".count)
            guard let n = Int(generation), (1...5).contains(n) else { return nil }
            return "VpnGw\(n)AZ"
        }
    }

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for gateway in context.design.virtualNetworkGateways {
            guard let better = Self.replacement(for: gateway) else { continue }
            findings.append(
                finding(
                    "\(gateway.name) uses SKU \(gateway.sku), which is not zone-redundant and is being migrated by Microsoft: a new design should use \(better) (with a Standard static public IP).",
                    resources: [gateway.name], field: "sku"))
        }
    }
}
