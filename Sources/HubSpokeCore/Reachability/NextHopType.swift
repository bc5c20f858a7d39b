/// Where a route sends a packet, with the names Network Watcher prints. `VNetPeering` only
/// comes from system routes; a user-defined route cannot choose it (RT-001).
public enum NextHopType: String, Hashable, Sendable, Codable, CaseIterable {
    case vnetLocal = "VnetLocal"
    case vnetPeering = "VNetPeering"
    case internet = "Internet"
    case none = "None"
    case virtualAppliance = "VirtualAppliance"
    case virtualNetworkGateway = "VirtualNetworkGateway"

    /// Parses a user-defined route's `nextHopType` the way ARM does (case-insensitively); nil for
    /// values a UDR may not use, which leaves that route out of the effective table as invalid.
    public init?(userRouteValue text: String) {
        guard let match = NextHopType.allCases.first(where: { $0.rawValue.equalsIgnoringCase(text) }),
            match != .vnetPeering
        else { return nil }
        self = match
    }
}
