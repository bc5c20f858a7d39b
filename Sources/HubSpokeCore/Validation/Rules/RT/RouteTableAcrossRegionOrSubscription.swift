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
        // Region names normalised once per VNet, not once per subnet.
        var regionOfVNet: [String??] = Array(repeating: nil, count: design.virtualNetworks.count)
        for t in index.subnetsByRouteTable.keys.sorted() {
            let table = design.routeTables[t]
            guard table.placement.location != nil || table.placement.subscriptionId != nil else { continue }
            let tableRegion = table.placement.location.map(Placement.normalizedRegion)
            for ref in index.subnetsByRouteTable[t]! {
                let placement = design.virtualNetworks[ref.vnet].placement
                if regionOfVNet[ref.vnet] == nil {
                    regionOfVNet[ref.vnet] = .some(placement.location.map(Placement.normalizedRegion))
                }
                let vnetRegion = regionOfVNet[ref.vnet]!
                let regionDiffers = tableRegion != nil && vnetRegion != nil && tableRegion != vnetRegion
                let subscriptionDiffers =
                    placement.subscriptionId != nil && table.placement.subscriptionId != nil
                    && !placement.subscriptionId!.equalsIgnoringCase(table.placement.subscriptionId!)
                guard regionDiffers || subscriptionDiffers else { continue }
                let vnet = design.virtualNetworks[ref.vnet]
                var problems: [String] = []
                if let a = tableRegion, let b = regionOfVNet[ref.vnet]!, a != b {
                    problems.append(
                        "\(table.name) is in \(table.placement.location!) and \(vnet.name) in \(vnet.placement.location!)")
                }
                if let a = vnet.placement.subscriptionId, let b = table.placement.subscriptionId, !a.equalsIgnoringCase(b) {
                    problems.append("\(table.name) is in subscription \(b) and \(vnet.name) in \(a)")
                }
                guard !problems.isEmpty else { continue }
                let path = index.subnetPath(ref)
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
