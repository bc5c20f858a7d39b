/// A route table can only be associated with subnets in its own region and subscription.
struct RouteTableAcrossRegionOrSubscription: Rule {
    static let id = "RT-009"
    static let severity: Severity = .error
    static let title = "Route table in another region or subscription than its subnet"
    static let help =
        "A route table and the subnets it is associated with must be in the same region and the same subscription; "
        + "the association is refused otherwise."
    static let source = "https://learn.microsoft.com/azure/virtual-network/manage-route-table"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (s, subnet) in vnet.subnets.enumerated() {
                guard let reference = subnet.routeTable, let t = index.routeTable(reference) else { continue }
                let table = design.routeTables[t]
                var problems: [String] = []
                if vnet.placement.sameRegion(as: table.placement) == false {
                    problems.append(
                        "\(table.name) is in \(table.placement.location ?? "the default region") and \(vnet.name) in "
                            + "\(vnet.placement.location ?? "the default region")")
                }
                if let a = vnet.placement.subscriptionId, let b = table.placement.subscriptionId,
                    !a.equalsIgnoringCase(b)
                {
                    problems.append("\(table.name) is in subscription \(b) and \(vnet.name) in \(a)")
                }
                guard !problems.isEmpty else { continue }
                let path = index.subnetPath(DesignIndex.SubnetRef(vnet: v, subnet: s))
                findings.append(
                    finding(
                        "\(path) uses route table \(problems.joined(separator: "; ")): Azure refuses to associate a "
                            + "route table with a subnet in another region or subscription. Create a route table "
                            + "beside \(vnet.name) with the same routes.",
                        resources: [path, table.name], field: "routeTable"))
            }
        }
    }
}
