/// Azure supports IPv4 subnets from /2 to /29: a /29 leaves three usable addresses after the
/// five Azure reserves, and nothing smaller can be created. Subnets whose reserved name has a
/// stricter minimum (GatewaySubnet, AzureFirewallSubnet, AzureBastionSubnet, RouteServerSubnet)
/// are left to their own rules, so one bad length is reported once.
struct SubnetPrefixLength: Rule {
    static let id = "SUB-004"
    static let severity: Severity = .error
    static let title = "IPv4 subnet prefix length outside /2 to /29"
    static let help =
        "The smallest IPv4 subnet Azure supports is /29 (three usable addresses) and the largest /2; other lengths are rejected."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"
    init() {}

    private static let ownMinimum: Set<Subnet.ReservedName> = [
        .gatewaySubnet, .azureFirewallSubnet, .azureBastionSubnet, .routeServerSubnet,
    ]

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            for (s, subnet) in vnet.subnets.enumerated() {
                for prefix in index.subnetPrefixes[v][s] where prefix.family == .v4 {
                    guard prefix.length > 29 || prefix.length < 2 else { continue }
                    let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                    let deferred =
                        ReservedSubnetNames.role(of: subnet.name).map { Self.ownMinimum.contains($0) } ?? false
                    if prefix.length > 29, !deferred {
                        findings.append(
                            finding(
                                "\(path) (\(prefix)) is smaller than /29, the smallest subnet Azure creates (/29 has 3 usable addresses): the deployment fails. Use a /29 or larger, e.g. \(AddressPrefix(containing: prefix.network, length: 29)).",
                                resources: [path], field: "addressPrefixes"))
                    } else if prefix.length < 2 {
                        findings.append(
                            finding(
                                "\(path) (\(prefix)) is larger than /2, the largest subnet Azure supports: the deployment fails. Split it into /2 or smaller subnets.",
                                resources: [path], field: "addressPrefixes"))
                    }
                }
            }
        }
    }
}
