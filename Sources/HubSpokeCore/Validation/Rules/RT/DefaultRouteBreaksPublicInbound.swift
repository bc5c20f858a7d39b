/// A 0.0.0.0/0 route to an appliance sends all egress of the subnet through it, including the
/// replies to connections that arrived on a VM's own public IP: those replies leave from a
/// different address than the client used, so direct inbound Internet access breaks.
struct DefaultRouteBreaksPublicInbound: Rule {
    static let id = "RT-010"
    static let severity: Severity = .info
    static let title = "Default route through an appliance on a subnet with public IPs"
    static let help =
        "A route 0.0.0.0/0 to VirtualAppliance forces all egress (including to Azure PaaS public IPs) through the "
        + "NVA; inbound Internet traffic to VMs with public IPs in that subnet then breaks, because the replies take "
        + "the appliance (asymmetric)."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#default-route"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        for (t, table) in design.routeTables.enumerated() {
            guard
                let route = table.routes.first(where: {
                    $0.nextHopType.equalsIgnoringCase("VirtualAppliance")
                        && AddressPrefix($0.addressPrefix)?.length == 0
                        && AddressPrefix($0.addressPrefix)?.family == .v4
                })
            else { continue }
            let routePath = ResourcePath.child(table.name, .routes, route.name)
            for ref in index.subnetsByRouteTable[t] ?? [] {
                let subnetPath = index.subnetPath(ref)
                var exposed: [String] = []
                for n in index.nicsBySubnet[ref] ?? [] {
                    let nic = design.networkInterfaces[n]
                    for config in nic.ipConfigurations where config.publicIPAddress != nil {
                        if index.subnet(config.subnet) == ref {
                            exposed.append("\(nic.name) (\(config.publicIPAddress!))")
                            break
                        }
                    }
                }
                guard !exposed.isEmpty else { continue }
                findings.append(
                    finding(
                        "\(subnetPath) sends 0.0.0.0/0 to the appliance \(route.nextHopIpAddress ?? "") "
                            + "(\(routePath)) and \(RoutingWording.list(exposed, limit: 3)) \(exposed.count == 1 ? "has" : "have") "
                            + "a public IP: replies to connections arriving on that public IP leave through the "
                            + "appliance instead, so direct inbound Internet access to them breaks. Publish them "
                            + "through the firewall (DNAT) or reach them with Bastion, or drop the public IPs.",
                        resources: [subnetPath, routePath], field: "routeTable"))
            }
        }
    }
}
