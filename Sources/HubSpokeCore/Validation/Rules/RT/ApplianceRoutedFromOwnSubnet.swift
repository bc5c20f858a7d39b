/// When the route table of an appliance's own subnet sends traffic to that appliance, the
/// appliance's forwarded packets are routed back to itself: a routing loop. Appliances belong in
/// a subnet of their own whose routes do not point at them.
struct ApplianceRoutedFromOwnSubnet: Rule {
    static let id = "RT-012"
    static let severity: Severity = .warning
    static let title = "Appliance's own subnet routes traffic to the appliance"
    static let help =
        "An NVA placed in a subnet whose route table sends traffic to that NVA can create routing loops: the packets "
        + "it forwards match the same route again. Put NVAs in their own subnet."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        let nextHops = ApplianceNextHops(context)
        for (t, table) in design.routeTables.enumerated() {
            let users = Set(index.subnetsByRouteTable[t] ?? [])
            guard !users.isEmpty else { continue }
            for route in table.routes where route.sendsToAppliance {
                guard let text = route.nextHopIpAddress, let address = IPAddress(text),
                    let owner = nextHops.owner(of: address), users.contains(owner.subnet)
                else { continue }
                if case .loadBalancer = owner.device { continue }
                let subnetPath = index.subnetPath(owner.subnet)
                let routePath = ResourcePath.child(table.name, .routes, route.name)
                findings.append(
                    finding(
                        "\(subnetPath) holds \(owner.label) (\(text)) and uses \(table.name), whose route "
                            + "\(routePath) sends \(route.addressPrefix) back to it: traffic the appliance forwards "
                            + "towards \(route.addressPrefix) matches the route again and loops. Give the appliance's "
                            + "subnet its own route table without routes to the appliance.",
                        resources: [subnetPath, routePath, owner.path], field: "routeTable"))
            }
        }
    }
}
