import HubSpokeCore
import HubSpokeDiagram

/// The four peering flags as one-letter markers that read without colour: `A` access,
/// `F` forwarded traffic, `G` gateway transit, `R` use remote gateways; `-` when off.
public enum PeeringFlags {
    public static func letters(_ peering: VirtualNetworkPeering) -> String {
        peering.flagLetters
    }

    /// Short labels for the peering editor's rows.
    public static let labels = [
        "allowVirtualNetworkAccess": "access to remote VNet",
        "allowForwardedTraffic": "accept forwarded traffic",
        "allowGatewayTransit": "offer gateway transit",
        "useRemoteGateways": "use remote gateways",
    ]
}
