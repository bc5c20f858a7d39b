/// Azure requires every IPv6 subnet prefix to be exactly /64, including the IPv6 part of a
/// dual-stack GatewaySubnet.
struct IPv6SubnetPrefixLength: Rule {
    static let id = "SUB-007"
    static let severity: Severity = .error
    static let title = "IPv6 subnet prefix is not /64"
    static let help = "IPv6 subnets in Azure must be exactly /64; any other length is rejected."
    static let source = "https://learn.microsoft.com/azure/virtual-network/ip-services/ipv6-overview"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            for (s, subnet) in vnet.subnets.enumerated() {
                for prefix in index.subnetPrefixes[v][s] where prefix.family == .v6 && prefix.length != 64 {
                    let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                    let suggestion =
                        prefix.length < 64
                        ? "Use a /64 inside it, e.g. \(AddressPrefix(containing: prefix.network, length: 64))."
                        : "Use the /64 that contains it, \(AddressPrefix(containing: prefix.network, length: 64))."
                    findings.append(
                        finding(
                            "\(path) IPv6 prefix \(prefix) is /\(prefix.length): Azure accepts only /64 IPv6 subnets. \(suggestion)",
                            resources: [path], field: "addressPrefixes"))
                }
            }
        }
    }
}
