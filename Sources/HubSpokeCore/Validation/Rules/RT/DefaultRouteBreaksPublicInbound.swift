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
        let subnetTables = SubnetRouteTables(index)
        // Public IPs are few; start from them rather than from every subnet.
        var exposedBySubnet: [DesignIndex.SubnetRef: [String]] = [:]
        for nic in design.networkInterfaces {
            for config in nic.ipConfigurations {
                guard let publicIP = config.publicIPAddress, let ref = index.subnet(config.subnet),
                    subnetTables.table(of: ref) != nil
                else { continue }
                exposedBySubnet[ref, default: []].append("\(nic.name) (\(publicIP))")
            }
        }
        for ref in exposedBySubnet.keys.sorted(by: { ($0.vnet, $0.subnet) < ($1.vnet, $1.subnet) }) {
            let table = design.routeTables[subnetTables.table(of: ref)!]
            guard
                let route = table.routes.first(where: {
                    guard let prefix = $0.parsedAddressPrefix else { return false }
                    return $0.sendsToAppliance && prefix.length == 0
                        && prefix.family == .v4
                })
            else { continue }
            let exposed = exposedBySubnet[ref]!
            let subnetPath = index.subnetPath(ref)
            let routePath = ResourcePath.child(table.name, .routes, route.name)
            let verb = exposed.count == 1 ? "has" : "have"
            findings.append(
                finding(
                    "\(subnetPath) sends 0.0.0.0/0 to the appliance \(route.nextHopIpAddress ?? "") (\(routePath)) "
                        + "and \(RoutingWording.list(exposed, limit: 3)) \(verb) a public IP: replies to connections "
                        + "arriving on that public IP leave through the appliance instead, so direct inbound "
                        + "Internet access to them breaks. Publish them through the firewall (DNAT) or reach them "
                        + "with Bastion, or drop the public IPs.",
                    resources: [subnetPath, routePath], field: "routeTable"))
        }
    }
}
