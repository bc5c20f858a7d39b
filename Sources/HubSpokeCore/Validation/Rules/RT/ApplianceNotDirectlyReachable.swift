/// A `VirtualAppliance` next hop must sit in the subnet's own VNet or in a directly peered VNet:
/// Azure does not reach it through a gateway, a second peering or Virtual WAN, so the route is
/// invalid for that subnet and its traffic is dropped.
struct ApplianceNotDirectlyReachable: Rule {
    static let id = "RT-004"
    static let severity: Severity = .warning
    static let title = "Next hop appliance is not in the subnet's VNet or a directly peered VNet"
    static let help =
        "The VirtualAppliance next hop IP must belong to a NIC, internal load balancer or firewall in the same VNet or "
        + "a directly peered VNet. A next hop reached only through a gateway, another peering or Virtual WAN makes "
        + "the route invalid, and traffic is dropped."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#user-defined"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        let nextHops = ApplianceNextHops(context)
        for (t, table) in design.routeTables.enumerated() {
            let subnets = index.subnetsByRouteTable[t] ?? []
            guard !subnets.isEmpty else { continue }
            for route in table.routes where route.sendsToAppliance {
                guard let text = route.nextHopIpAddress, let address = IPAddress(text),
                    let owner = nextHops.owner(of: address)
                else { continue }
                let stranded = subnets.filter { ref in
                    ref.vnet != owner.vnet && !design.virtualNetworks[ref.vnet].isExisting
                        && index.peering(from: ref.vnet, to: owner.vnet) == nil
                }
                guard !stranded.isEmpty else { continue }
                let path = ResourcePath.child(table.name, .routes, route.name)
                let ownerVNet = design.virtualNetworks[owner.vnet].name
                let vnets = Array(Set(stranded.map(\.vnet))).sorted().map { design.virtualNetworks[$0].name }
                let subnetPaths = stranded.map(index.subnetPath)
                findings.append(
                    finding(
                        "\(path) sends \(route.addressPrefix) to \(text), \(owner.label) in \(ownerVNet), but "
                            + "\(RoutingWording.list(vnets)) \(vnets.count == 1 ? "is" : "are") not peered with "
                            + "\(ownerVNet): a next hop must be in the subnet's own VNet or a directly peered one, so "
                            + "Azure treats the route as invalid for \(RoutingWording.list(subnetPaths, limit: 3)) and "
                            + "drops that traffic. Peer \(RoutingWording.list(vnets)) with \(ownerVNet), or use an "
                            + "appliance in a VNet they are peered with.",
                        resources: [path] + subnetPaths + [owner.path], field: "nextHopIpAddress"))
            }
        }
    }
}
