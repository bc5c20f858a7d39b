/// A `VirtualAppliance` route names the appliance by its private IP; ARM rejects the route
/// without a valid `nextHopIpAddress`.
struct ApplianceRouteWithoutAddress: Rule {
    static let id = "RT-002"
    static let severity: Severity = .error
    static let title = "VirtualAppliance route without a valid next hop address"
    static let help =
        "A route with nextHopType VirtualAppliance requires nextHopIpAddress, a valid IPv4 or IPv6 address of the "
        + "appliance. ARM rejects the route without it."
    static let source = "https://learn.microsoft.com/rest/api/virtualnetwork/routes/create-or-update"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for table in context.design.routeTables {
            for route in table.routes where route.sendsToAppliance {
                let path = ResourcePath.child(table.name, .routes, route.name)
                let text = route.nextHopIpAddress ?? ""
                let problem: String
                if text.isEmpty {
                    problem = "has no nextHopIpAddress"
                } else if IPAddress(text) == nil {
                    problem = "has nextHopIpAddress '\(text)', which is not an IPv4 or IPv6 address"
                } else {
                    continue
                }
                findings.append(
                    finding(
                        "\(path) sends \(route.addressPrefix) to VirtualAppliance but \(problem): ARM rejects the "
                            + "route. Set nextHopIpAddress to the private IP of the firewall or NVA (an Azure "
                            + "Firewall has the first usable address of AzureFirewallSubnet, e.g. 10.0.1.4).",
                        resources: [path, table.name], field: "nextHopIpAddress"))
            }
        }
    }
}
