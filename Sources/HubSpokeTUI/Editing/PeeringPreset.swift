/// Flag settings a hub-and-spoke peering needs, applied to both halves at once so the user
/// does not have to remember which half carries which flag.
public enum PeeringPreset: String, CaseIterable, Hashable, Sendable {
    /// Hub half: `allowGatewayTransit`; spoke half: `useRemoteGateways`. Spokes then reach
    /// on-premises through the hub's VPN or ExpressRoute gateway.
    case gatewayTransit
    /// Both halves: `allowForwardedTraffic`, so traffic a hub NVA or firewall forwards between
    /// spokes is accepted (the route tables send it there).
    case spokeToSpokeViaHubAppliance

    public var title: String {
        switch self {
        case .gatewayTransit: "hub offers gateway transit / spoke uses remote gateway"
        case .spokeToSpokeViaHubAppliance: "spoke-to-spoke via hub NVA"
        }
    }
}
