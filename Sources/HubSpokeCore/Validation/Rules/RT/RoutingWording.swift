/// Shared phrasing for PEER and RT messages, so lists of VNets and subnets read the same in
/// every finding and long lists stay short.
enum RoutingWording {
    /// `a`, `a and b`, `a, b and c`, or `a, b, c and 7 more` past `limit` names.
    static func list(_ names: [String], limit: Int = 5) -> String {
        if names.count > limit {
            return names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
        }
        if names.count <= 1 { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    /// `vnet-b (10.2.0.0/16)`: a VNet with its valid prefixes.
    static func vnet(_ v: Int, _ index: DesignIndex) -> String {
        let prefixes = index.vnetPrefixes[v].map(\.description).joined(separator: ", ")
        let name = index.design.virtualNetworks[v].name
        return prefixes.isEmpty ? name : "\(name) (\(prefixes))"
    }

    /// The system route that catches `prefix` when no UDR does: one of the private-range `None`
    /// routes, or the Internet default route for public space.
    static func systemRoute(for prefix: AddressPrefix) -> String {
        if let none = ReservedRanges.systemNoneRoutes.first(where: { $0.contains(prefix) }) {
            return "the \(none) None system route"
        }
        return "the 0.0.0.0/0 Internet system route"
    }
}
