/// One half of a peering: `Microsoft.Network/virtualNetworks/virtualNetworkPeerings`, a child of
/// the local VNet. The flags describe what the local VNet permits or uses; Azure's defaults are
/// the initial values (access on, the rest off).
public struct VirtualNetworkPeering: Hashable, Sendable, Codable {
    public var name: String
    /// The remote VNet: a design path (`vnet-hub`, `rg-conn:vnet-hub`) or a full ARM resource ID
    /// for a VNet outside the design (`/subscriptions/.../virtualNetworks/vnet-hub`).
    public var remoteVirtualNetwork: String
    public var allowVirtualNetworkAccess: Bool
    public var allowForwardedTraffic: Bool
    public var allowGatewayTransit: Bool
    public var useRemoteGateways: Bool
    /// Lets `useRemoteGateways` deploy before the remote gateway exists (ARM skips the check).
    public var doNotVerifyRemoteGateways: Bool

    public init(
        name: String,
        remoteVirtualNetwork: String,
        allowVirtualNetworkAccess: Bool = true,
        allowForwardedTraffic: Bool = false,
        allowGatewayTransit: Bool = false,
        useRemoteGateways: Bool = false,
        doNotVerifyRemoteGateways: Bool = false
    ) {
        self.name = name
        self.remoteVirtualNetwork = remoteVirtualNetwork
        self.allowVirtualNetworkAccess = allowVirtualNetworkAccess
        self.allowForwardedTraffic = allowForwardedTraffic
        self.allowGatewayTransit = allowGatewayTransit
        self.useRemoteGateways = useRemoteGateways
        self.doNotVerifyRemoteGateways = doNotVerifyRemoteGateways
    }

    /// The four flags by their Azure names, for editors and `:set`.
    public static let flagNames = [
        "allowVirtualNetworkAccess", "allowForwardedTraffic", "allowGatewayTransit", "useRemoteGateways",
    ]
}
