/// A 0.0.0.0/0 UDR on GatewaySubnet is unsupported and can break the gateway, and disabling
/// gateway (BGP) route propagation there stops the gateway from functioning.
struct GatewaySubnetRouteTable: Rule {
    static let id = "SUB-013"
    static let severity: Severity = .warning
    static let title = "GatewaySubnet route table has 0.0.0.0/0 or disables gateway route propagation"
    static let help =
        "Azure does not support a 0.0.0.0/0 route on the gateway subnet, and a route table there with gateway route propagation disabled stops the gateway from working."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#border-gateway-protocol"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        for vnet in design.virtualNetworks {
            for subnet in vnet.subnets where ReservedSubnetNames.role(of: subnet.name) == .gatewaySubnet {
                guard let reference = subnet.routeTable, let t = context.index.routeTable(reference) else { continue }
                let table = design.routeTables[t]
                let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                for route in table.routes {
                    guard let prefix = AddressPrefix(route.addressPrefix), prefix.family == .v4, prefix.length == 0
                    else { continue }
                    let routePath = ResourcePath.child(table.name, .routes, route.name)
                    findings.append(
                        finding(
                            "\(routePath) sends 0.0.0.0/0 to \(route.nextHopType) on \(path): a default route on the gateway subnet is unsupported and can break the gateway. Use a separate route table for GatewaySubnet with only the spoke prefixes.",
                            resources: [routePath, path], field: "addressPrefix"))
                }
                if table.disableBgpRoutePropagation {
                    findings.append(
                        finding(
                            "\(table.name) disables gateway route propagation and is associated with \(path): the gateway stops functioning without its learned routes. Set disableBgpRoutePropagation to false, or give GatewaySubnet a route table of its own.",
                            resources: [table.name, path], field: "disableBgpRoutePropagation"))
                }
            }
        }
    }
}
