/// The SKUs Azure accepts for each virtual network gateway type, AZ (zone-redundant) SKUs
/// first because GW-005 steers new designs to them; the legacy ones stay accepted so an
/// imported design can still be edited.
public enum GatewaySKUCatalog {
    public static let vpn = [
        "VpnGw1AZ", "VpnGw2AZ", "VpnGw3AZ", "VpnGw4AZ", "VpnGw5AZ", "VpnGw1", "VpnGw2", "VpnGw3", "VpnGw4", "VpnGw5",
        "Basic", "Standard", "HighPerformance",
    ]
    public static let expressRoute = [
        "ErGw1AZ", "ErGw2AZ", "ErGw3AZ", "ErGwScale", "Standard", "HighPerformance", "UltraPerformance",
    ]

    /// The canonical gateway type (`Vpn`, `ExpressRoute`) for what a user types.
    public static func gatewayType(_ text: String) -> String? {
        switch text.asciiLowercased {
        case "vpn": "Vpn"
        case "expressroute", "er": "ExpressRoute"
        default: nil
        }
    }

    /// The SKUs of a gateway type (empty for an unknown type).
    public static func skus(for gatewayType: String) -> [String] {
        switch gatewayType.asciiLowercased {
        case "vpn": vpn
        case "expressroute": expressRoute
        default: []
        }
    }

    /// The SKU as Azure spells it, or the reason it does not fit the type.
    public static func check(sku: String, gatewayType: String) -> Result<String, PaletteError> {
        let allowed = skus(for: gatewayType)
        if let match = allowed.first(where: { $0.equalsIgnoringCase(sku.trimmingWhitespace()) }) {
            return .success(match)
        }
        return .failure(
            PaletteError("'\(sku)' is not a \(gatewayType) gateway SKU; use one of \(allowed.joined(separator: ", "))"))
    }
}
