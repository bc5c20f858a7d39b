/// A route with next hop `None` drops matching traffic. Useful to block a range on purpose;
/// reported so that a block that also hides an intended connection (a peered VNet, another VNet
/// of the design) is seen.
struct NoneRouteDropsTraffic: Rule {
    static let id = "RT-017"
    static let severity: Severity = .info
    static let title = "Route drops traffic (next hop None)"
    static let help =
        "A route with next hop None drops the traffic it matches (a black hole). Useful to block prefixes; check that "
        + "it does not hide an intended connection."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        for (t, table) in design.routeTables.enumerated() {
            for route in table.routes where route.dropsTraffic {
                guard let prefix = route.parsedAddressPrefix else { continue }
                let users = (index.subnetsByRouteTable[t] ?? []).map(index.subnetPath)
                var hidden: [String] = []
                for (v, vnet) in design.virtualNetworks.enumerated()
                where index.vnetPrefixes[v].contains(where: { $0.overlaps(prefix) }) {
                    hidden.append(vnet.name)
                }
                let path = ResourcePath.child(table.name, .routes, route.name)
                let from =
                    users.isEmpty
                    ? "from any subnet that will use \(table.name)" : "from \(RoutingWording.list(users, limit: 3))"
                let covers =
                    hidden.isEmpty
                    ? ""
                    : " It covers address space of \(RoutingWording.list(hidden, limit: 4)), which those subnets "
                        + "then cannot reach unless a more specific route sends it elsewhere."
                findings.append(
                    finding(
                        "\(path) sends \(prefix) to None: Azure drops that traffic \(from).\(covers) Remove or narrow "
                            + "the route if a connection there is intended.",
                        resources: [path, table.name], field: "nextHopType"))
            }
        }
    }
}
