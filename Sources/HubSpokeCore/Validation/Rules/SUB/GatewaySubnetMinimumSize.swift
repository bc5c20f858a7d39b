/// /29 is the smallest GatewaySubnet Azure accepts; a gateway cannot be created in anything
/// smaller.
struct GatewaySubnetMinimumSize: Rule {
    static let id = "SUB-010"
    static let severity: Severity = .error
    static let title = "GatewaySubnet is smaller than /29"
    static let help =
        "The gateway subnet must be /29 or larger; Azure refuses smaller ones, and /27 or larger is recommended (SUB-011)."
    static let source =
        "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            for (s, subnet) in vnet.subnets.enumerated()
            where ReservedSubnetNames.role(of: subnet.name) == .gatewaySubnet {
                for prefix in SubnetSizing.ipv4(index.subnetPrefixes[v][s]) where prefix.length > 29 {
                    let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                    findings.append(
                        finding(
                            "\(path) (\(prefix)) is smaller than /29, the minimum Azure accepts for the gateway subnet: the gateway cannot be deployed. Use /27 or larger, e.g. \(AddressPrefix(containing: prefix.network, length: 27)).",
                            resources: [path], field: "addressPrefixes"))
                }
            }
        }
    }
}
