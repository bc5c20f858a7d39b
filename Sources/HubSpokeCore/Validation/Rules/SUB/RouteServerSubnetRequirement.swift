/// Azure Route Server deploys only into a subnet named `RouteServerSubnet` of /27 or larger
/// (newer guidance recommends /26); otherwise its deployment fails.
struct RouteServerSubnetRequirement: Rule {
    static let id = "SUB-021"
    static let severity: Severity = .error
    static let title = "Azure Route Server needs a subnet named RouteServerSubnet, /27 or larger"
    static let help =
        "Route Server is deployed into the subnet named RouteServerSubnet, at least /27; another subnet or a smaller one makes the deployment fail."
    static let source = "https://learn.microsoft.com/azure/route-server/quickstart-configure-route-server-portal"
    init() {}

    static let minimumLength = 27

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        for server in design.routeServers {
            if let ref = index.subnet(server.subnet) {
                let vnet = design.virtualNetworks[ref.vnet]
                guard ReservedSubnetNames.role(of: vnet.subnets[ref.subnet].name) != .routeServerSubnet else {
                    continue
                }
                let path = index.subnetPath(ref)
                findings.append(
                    finding(
                        "\(server.name) is placed in \(path), but Route Server deploys only into a subnet named RouteServerSubnet: the deployment fails. Add a subnet named RouteServerSubnet (/27 or larger) to \(vnet.name) and use it.",
                        resources: [server.name, path], field: "subnet"))
            } else if let v = index.virtualNetwork(owningSubnetReference: server.subnet),
                !design.virtualNetworks[v].isExisting,
                ReservedSubnetNames.subnet(.routeServerSubnet, in: design.virtualNetworks[v]) == nil
            {
                let vnet = design.virtualNetworks[v]
                findings.append(
                    finding(
                        "\(server.name) refers to \(server.subnet), but \(vnet.name) has no RouteServerSubnet: Route Server cannot be deployed. Add a subnet named RouteServerSubnet (/27 or larger) to \(vnet.name).",
                        resources: [server.name, vnet.name], field: "subnet"))
            }
        }
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (s, subnet) in vnet.subnets.enumerated()
            where ReservedSubnetNames.role(of: subnet.name) == .routeServerSubnet {
                for prefix in SubnetSizing.ipv4(index.subnetPrefixes[v][s]) where prefix.length > Self.minimumLength {
                    let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                    findings.append(
                        finding(
                            "\(path) (\(prefix)) is smaller than /27: Route Server placed in it fails to deploy. Use /27 or larger (/26 is recommended), e.g. \(AddressPrefix(containing: prefix.network, length: 27)) if that range is free.",
                            resources: [path], field: "addressPrefixes"))
                }
            }
        }
    }
}
