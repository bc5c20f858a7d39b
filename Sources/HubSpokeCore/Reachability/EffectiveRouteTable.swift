/// A subnet's effective routes, like Network Watcher's "effective routes", and Azure's route
/// selection over them.
public struct EffectiveRouteTable: Hashable, Sendable {
    /// Path of the subnet, `VNET/subnets/NAME`.
    public var subnet: String
    public var routes: [EffectiveRoute]

    public init(subnet: String, routes: [EffectiveRoute]) {
        self.subnet = subnet
        self.routes = routes
    }

    /// The route Azure uses for `destination` (RT-013): the longest matching prefix among
    /// active routes; on equal length a user route beats a gateway route beats a system route;
    /// but the system routes for the VNet and its peerings beat every gateway (BGP) route,
    /// however specific, so on-premises announcements cannot hijack VNet traffic.
    public func route(for destination: IPAddress) -> EffectiveRoute? {
        var matching: [EffectiveRoute] = []
        var hasVirtualNetworkRoute = false
        for route in routes where route.state == .active {
            guard let prefix = route.prefix, prefix.contains(destination) else { continue }
            matching.append(route)
            if route.isVirtualNetworkSystemRoute { hasVirtualNetworkRoute = true }
        }
        var best: EffectiveRoute?
        for route in matching {
            if hasVirtualNetworkRoute && route.source == .virtualNetworkGateway { continue }
            guard let current = best else {
                best = route
                continue
            }
            let length = route.prefix!.length
            let bestLength = current.prefix!.length
            if length > bestLength || (length == bestLength && route.source.tieBreakRank > current.source.tieBreakRank)
            {
                best = route
            }
        }
        return best
    }
}
