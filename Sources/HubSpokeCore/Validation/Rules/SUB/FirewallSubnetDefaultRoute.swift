/// Azure Firewall needs direct Internet connectivity: a 0.0.0.0/0 UDR on AzureFirewallSubnet
/// whose next hop is not `Internet` breaks it, unless the firewall runs in forced-tunnelling
/// mode (management traffic then takes AzureFirewallManagementSubnet).
struct FirewallSubnetDefaultRoute: Rule {
    static let id = "SUB-017"
    static let severity: Severity = .warning
    static let title = "AzureFirewallSubnet default route does not go to the Internet (no forced tunnelling)"
    static let help =
        "Azure Firewall needs a direct route to the Internet for its own traffic; a 0.0.0.0/0 route on AzureFirewallSubnet to anything but Internet breaks it unless forced tunnelling (a management subnet) is configured."
    static let source = "https://learn.microsoft.com/azure/firewall/firewall-faq"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        var forcedTunnelling: Set<DesignIndex.SubnetRef> = []
        for firewall in design.azureFirewalls where firewall.managementSubnet != nil {
            if let ref = index.subnet(firewall.subnet) { forcedTunnelling.insert(ref) }
        }
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (s, subnet) in vnet.subnets.enumerated()
            where ReservedSubnetNames.role(of: subnet.name) == .azureFirewallSubnet {
                guard !forcedTunnelling.contains(DesignIndex.SubnetRef(vnet: v, subnet: s)),
                    let reference = subnet.routeTable, let t = index.routeTable(reference)
                else { continue }
                let table = design.routeTables[t]
                let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                for route in table.routes where !route.nextHopType.equalsIgnoringCase("Internet") {
                    guard let prefix = AddressPrefix(route.addressPrefix), prefix.family == .v4, prefix.length == 0
                    else { continue }
                    let routePath = ResourcePath.child(table.name, .routes, route.name)
                    let target = route.nextHopIpAddress.map { "\(route.nextHopType) \($0)" } ?? route.nextHopType
                    findings.append(
                        finding(
                            "\(routePath) sends 0.0.0.0/0 from \(path) to \(target): the firewall loses its direct Internet connectivity and stops working. Use next hop Internet for 0.0.0.0/0, or configure forced tunnelling with AzureFirewallManagementSubnet.",
                            resources: [routePath, path], field: "nextHopType"))
                }
            }
        }
    }
}
