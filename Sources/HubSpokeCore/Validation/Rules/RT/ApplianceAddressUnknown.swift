/// Azure accepts any address as a `VirtualAppliance` next hop, but when nothing owns it the
/// traffic is black-holed. Known owners are static NIC addresses, internal load balancer
/// frontends and Azure Firewalls (x.x.x.4 of AzureFirewallSubnet unless stated). Addresses in a
/// subnet where Azure hands out dynamic addresses, or in VNets outside the design, are not
/// judged.
struct ApplianceAddressUnknown: Rule {
    static let id = "RT-005"
    static let severity: Severity = .warning
    static let title = "Next hop address matches no appliance in the design"
    static let help =
        "Azure accepts any next hop IP, but traffic to an address no NIC, internal load balancer frontend or firewall "
        + "holds is black-holed. An Azure Firewall's private IP is the first usable address of AzureFirewallSubnet "
        + "(x.x.x.4)."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        let nextHops = ApplianceNextHops(context)
        for (t, table) in design.routeTables.enumerated() {
            let users = index.subnetsByRouteTable[t] ?? []
            let usersHaveOutsidePeers = users.contains { ref in
                index.peeringRemotes[ref.vnet].contains {
                    switch $0 {
                    case .existing, .external: return true
                    default: return false
                    }
                }
            }
            for route in table.routes where route.sendsToAppliance {
                guard let text = route.nextHopIpAddress, let address = IPAddress(text),
                    nextHops.owner(of: address) == nil
                else { continue }
                let holders = ApplianceNextHops.vnets(containing: address, index)
                if holders.contains(where: { design.virtualNetworks[$0].isExisting }) { continue }
                let path = ResourcePath.child(table.name, .routes, route.name)
                let place: String
                var hint =
                    "Point the route at the appliance's private IP, or give the appliance's NIC the static "
                    + "address \(text)."
                if let ref = ApplianceNextHops.subnet(containing: address, in: holders, index) {
                    if nextHops.unpinnedSubnets.contains(ref) { continue }
                    let subnetPrefix = index.subnetPrefixes[ref.vnet][ref.subnet].first { $0.contains(address) }!
                    place =
                        "it lies in \(index.subnetPath(ref))"
                        + (subnetPrefix.isAzureReserved(address)
                            ? ", on one of the addresses Azure reserves there" : "")
                    if let f = index.firewallsByVNet[ref.vnet]?.first {
                        let firewall = design.azureFirewalls[f]
                        if let fwRef = index.subnet(firewall.subnet),
                            let fwPrefix = index.subnetPrefixes[fwRef.vnet][fwRef.subnet].first(where: {
                                $0.family == .v4
                            })
                        {
                            let fwAddress = firewall.privateIPAddress ?? fwPrefix.firstUsableAddress.description
                            hint =
                                "The Azure Firewall \(firewall.name) in \(design.virtualNetworks[ref.vnet].name) "
                                + "has \(fwAddress); use that address if the firewall is the intended next hop."
                        }
                    }
                } else if let v = holders.first {
                    place = "it lies in \(design.virtualNetworks[v].name) but in none of its subnets"
                } else {
                    if usersHaveOutsidePeers { continue }
                    place = "it lies outside every VNet of the design"
                }
                findings.append(
                    finding(
                        "\(path) sends \(route.addressPrefix) to \(text), which no NIC, load balancer frontend or "
                            + "firewall in the design holds (\(place)): Azure accepts the route but drops the traffic. "
                            + hint,
                        resources: [path, table.name], field: "nextHopIpAddress"))
            }
        }
    }
}
