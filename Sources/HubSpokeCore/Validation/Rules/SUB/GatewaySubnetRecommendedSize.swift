/// Azure accepts a /29 GatewaySubnet, but /27 or larger fits most configurations (VPN and
/// ExpressRoute coexisting, more instances); an ExpressRoute gateway with 16 circuits needs a
/// /26. Growing the subnet later means deleting the gateway. Only the IPv4 part is measured:
/// in a dual-stack GatewaySubnet the IPv6 part is /64 (SUB-007), which says nothing about room.
struct GatewaySubnetRecommendedSize: Rule {
    static let id = "SUB-011"
    static let severity: Severity = .warning
    static let title = "GatewaySubnet is smaller than /27 (or /26 for 16 ExpressRoute circuits)"
    static let help =
        "A /27 or larger gateway subnet leaves room for coexisting VPN and ExpressRoute gateways and future configurations; an ExpressRoute gateway with 16 circuits needs /26. Resizing later means deleting the gateway."
    static let source =
        "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub"
    init() {}

    /// ExpressRoute connections from which Microsoft asks for a /26 gateway subnet.
    static let expressRouteCircuitsNeedingSlash26 = 16

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        var expressRouteConnections: [Int: Int] = [:]
        for connection in design.connections where connection.connectionType.equalsIgnoringCase("ExpressRoute") {
            guard let g = index.virtualNetworkGateway(connection.virtualNetworkGateway1),
                let ref = index.subnet(design.virtualNetworkGateways[g].subnet)
            else { continue }
            expressRouteConnections[ref.vnet, default: 0] += 1
        }
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (s, subnet) in vnet.subnets.enumerated()
            where ReservedSubnetNames.role(of: subnet.name) == .gatewaySubnet {
                let circuits = expressRouteConnections[v] ?? 0
                let wanted = circuits >= Self.expressRouteCircuitsNeedingSlash26 ? 26 : 27
                let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                for prefix in SubnetSizing.ipv4(index.subnetPrefixes[v][s])
                where prefix.length > wanted && prefix.length <= 29 {
                    let reason =
                        wanted == 26
                        ? "the gateway carries \(circuits) ExpressRoute connections, and 16 circuits need a /26"
                        : "/27 or larger fits coexisting VPN and ExpressRoute gateways and future growth"
                    findings.append(
                        finding(
                            "\(path) (\(prefix)) is smaller than /\(wanted): \(reason), and resizing later means deleting the gateway. Use /\(wanted), e.g. \(AddressPrefix(containing: prefix.network, length: wanted)) if that range is free.",
                            resources: [path], field: "addressPrefixes"))
                }
            }
        }
    }
}
