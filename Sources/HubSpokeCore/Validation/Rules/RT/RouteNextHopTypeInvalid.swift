/// A user-defined route accepts five next hop types. `VNetPeering` and
/// `VirtualNetworkServiceEndpoint` appear in effective routes but are system-only.
struct RouteNextHopTypeInvalid: Rule {
    static let id = "RT-001"
    static let severity: Severity = .error
    static let title = "Route has a next hop type a UDR cannot use"
    static let help =
        "nextHopType of a user-defined route is one of VirtualNetworkGateway, VnetLocal, Internet, VirtualAppliance "
        + "or None. VNetPeering and VirtualNetworkServiceEndpoint exist only as system routes."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#user-defined"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for table in context.design.routeTables {
            for route in table.routes
            where !Route.userNextHopTypes.contains(where: { $0.equalsIgnoringCase(route.nextHopType) }) {
                let path = ResourcePath.child(table.name, .routes, route.name)
                let systemOnly = ["VNetPeering", "VirtualNetworkServiceEndpoint"].contains {
                    $0.equalsIgnoringCase(route.nextHopType)
                }
                let reason =
                    systemOnly
                    ? "that next hop exists only as a system route, and ARM rejects it in a route table"
                    : "ARM rejects the route"
                findings.append(
                    finding(
                        "\(path) has nextHopType '\(route.nextHopType)': \(reason). Use one of "
                            + "\(RoutingWording.list(Route.userNextHopTypes, limit: 5)) (VirtualAppliance with the "
                            + "appliance's private IP to send traffic through a firewall or NVA).",
                        resources: [path, table.name], field: "nextHopType"))
            }
        }
    }
}
