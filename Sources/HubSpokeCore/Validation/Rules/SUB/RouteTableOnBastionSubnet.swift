/// User-defined routes are not supported on AzureBastionSubnet; Bastion-to-VM traffic stays
/// private and does not need to be forced through a firewall.
struct RouteTableOnBastionSubnet: Rule {
    static let id = "SUB-020"
    static let severity: Severity = .warning
    static let title = "Route table associated with AzureBastionSubnet"
    static let help =
        "Azure Bastion does not support user-defined routes on its subnet; its traffic to VMs is private and needs no forced path through a firewall."
    static let source = "https://learn.microsoft.com/azure/bastion/bastion-faq"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for vnet in context.design.virtualNetworks {
            for subnet in vnet.subnets where ReservedSubnetNames.role(of: subnet.name) == .azureBastionSubnet {
                guard let table = subnet.routeTable, !table.isEmpty else { continue }
                let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                var resources = [path]
                if let t = context.index.routeTable(table) { resources.append(context.design.routeTables[t].name) }
                findings.append(
                    finding(
                        "\(path) has route table \(table): Azure Bastion does not support UDRs on its subnet and sessions may fail. Remove the association; Bastion reaches VMs privately.",
                        resources: resources, field: "routeTable"))
            }
        }
    }
}
