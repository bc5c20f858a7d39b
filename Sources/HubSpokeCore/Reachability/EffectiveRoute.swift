/// One row of a subnet's effective route table.
public struct EffectiveRoute: Hashable, Sendable {
    public var source: RouteSource
    public var state: RouteState
    /// The prefix as written (a user route may name a service tag, which cannot be resolved
    /// offline and so never matches a destination here).
    public var addressPrefix: String
    /// The parsed prefix; nil for a service tag or a malformed value.
    public var prefix: AddressPrefix?
    public var nextHopType: NextHopType?
    /// The appliance address of a `VirtualAppliance` route.
    public var nextHopIpAddress: String?
    /// What the route comes from: a UDR path (`rt-spokes/routes/default-to-firewall`), a peering
    /// half, a gateway, or the VNet for system routes.
    public var origin: String
    /// Why the route is invalid, when it is.
    public var note: String?
    /// Index of the peered VNet of a `VNetPeering` route, or of the VNet owning the gateway of a
    /// gateway route (own or remote through gateway transit).
    var targetVirtualNetwork: Int?

    public init(
        source: RouteSource, state: RouteState = .active, addressPrefix: String, prefix: AddressPrefix?,
        nextHopType: NextHopType?, nextHopIpAddress: String? = nil, origin: String, note: String? = nil
    ) {
        self.source = source
        self.state = state
        self.addressPrefix = addressPrefix
        self.prefix = prefix
        self.nextHopType = nextHopType
        self.nextHopIpAddress = nextHopIpAddress
        self.origin = origin
        self.note = note
    }

    /// System routes Azure prefers over any BGP route, however specific (RT-013).
    var isVirtualNetworkSystemRoute: Bool {
        source == .default && (nextHopType == .vnetLocal || nextHopType == .vnetPeering)
    }
}
