/// Only `VirtualAppliance` routes take a next hop address; ARM rejects one on any other type.
struct NextHopAddressOnNonApplianceRoute: Rule {
    static let id = "RT-003"
    static let severity: Severity = .error
    static let title = "Next hop address on a route that is not VirtualAppliance"
    static let help =
        "nextHopIpAddress is allowed only when nextHopType is VirtualAppliance; for every other type it must be empty."
    static let source = "https://learn.microsoft.com/rest/api/virtualnetwork/routes/create-or-update"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for table in context.design.routeTables {
            for route in table.routes {
                guard let address = route.nextHopIpAddress, !address.isEmpty,
                    !route.sendsToAppliance,
                    Route.userNextHopTypes.contains(where: { $0.equalsIgnoringCase(route.nextHopType) })
                else { continue }
                let path = ResourcePath.child(table.name, .routes, route.name)
                findings.append(
                    finding(
                        "\(path) has nextHopType \(route.nextHopType) with nextHopIpAddress \(address): ARM accepts a "
                            + "next hop address only for VirtualAppliance routes and rejects this one. Remove "
                            + "nextHopIpAddress, or make the route VirtualAppliance if \(address) is an appliance.",
                        resources: [path, table.name], field: "nextHopIpAddress"))
            }
        }
    }
}
