/// Who put a route into a subnet's effective table, as Network Watcher's effective routes show
/// it. On routes of equal prefix length Azure prefers `user` over `virtualNetworkGateway` over
/// `default` (RT-013).
public enum RouteSource: String, Hashable, Sendable, Codable {
    /// System routes Azure creates for every subnet (VNet local, peerings, Internet, None).
    case `default` = "Default"
    /// Routes learned from a virtual network gateway (local network gateways, BGP).
    case virtualNetworkGateway = "VirtualNetworkGateway"
    /// User-defined routes of the subnet's route table.
    case user = "User"

    /// Higher wins a tie between routes of the same prefix length.
    var tieBreakRank: Int {
        switch self {
        case .user: return 3
        case .virtualNetworkGateway: return 2
        case .default: return 1
        }
    }
}
