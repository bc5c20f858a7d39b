/// Routes are child resources of their table, so names are unique within it; Azure also
/// refuses two routes for the same address prefix in one table (one of them would never win).
struct DuplicateRouteInTable: Rule {
    static let id = "RT-008"
    static let severity: Severity = .error
    static let title = "Route name or address prefix repeated in one route table"
    static let help =
        "Route names and address prefixes are unique within a route table; a duplicate prefix is rejected."
    static let source = "https://learn.microsoft.com/azure/virtual-network/manage-route-table"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for table in context.design.routeTables where table.routes.count > 1 {
            var firstByName: [String: Int] = [:]
            var firstByPrefix: [String: Int] = [:]
            for (r, route) in table.routes.enumerated() {
                let path = ResourcePath.child(table.name, .routes, route.name)
                let nameKey = route.name.asciiLowercased
                if let first = firstByName[nameKey] {
                    findings.append(
                        finding(
                            "\(table.name) has two routes named \(route.name): route names are unique within a route "
                                + "table, so ARM keeps one resource and the design's other route is lost. Rename one.",
                            resources: [path, ResourcePath.child(table.name, .routes, table.routes[first].name)],
                            field: "name"))
                } else {
                    firstByName[nameKey] = r
                }
                let prefixKey = route.parsedAddressPrefix?.description ?? route.addressPrefix.asciiLowercased
                if let first = firstByPrefix[prefixKey] {
                    let firstPath = ResourcePath.child(table.name, .routes, table.routes[first].name)
                    findings.append(
                        finding(
                            "\(path) repeats addressPrefix \(route.addressPrefix) of \(firstPath): a route table holds "
                                + "one route per prefix, and ARM rejects the second. Merge them into one route with "
                                + "the next hop you want.",
                            resources: [path, firstPath], field: "addressPrefix"))
                } else {
                    firstByPrefix[prefixKey] = r
                }
            }
        }
    }
}
