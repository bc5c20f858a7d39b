/// A virtual network gateway is created inside its VNet's `GatewaySubnet`; when the VNet has
/// no such subnet, gateway creation fails. (A gateway placed in a differently named subnet is
/// SUB-009.)
struct GatewayWithoutGatewaySubnet: Rule {
    static let id = "GW-001"
    static let severity: Severity = .error
    static let title = "Virtual network gateway's VNet has no GatewaySubnet"
    static let help =
        "A VPN or ExpressRoute gateway needs a subnet named GatewaySubnet in its virtual network; without one the gateway cannot be created."
    static let source =
        "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        for gateway in design.virtualNetworkGateways {
            guard index.subnet(gateway.subnet) == nil,
                let v = index.virtualNetwork(owningSubnetReference: gateway.subnet)
            else { continue }
            let vnet = design.virtualNetworks[v]
            guard !vnet.isExisting, ReservedSubnetNames.subnet(.gatewaySubnet, in: vnet) == nil else { continue }
            var suggestion = "a /27"
            let occupied = index.subnetPrefixes[v].flatMap { $0 }
            if let free = AddressPlanner.nextFree(
                length: 27, inside: index.vnetPrefixes[v].filter { $0.family == .v4 }, avoiding: occupied)
            {
                suggestion = "a /27 such as \(free)"
            }
            findings.append(
                finding(
                    "\(gateway.name) needs a subnet named GatewaySubnet in \(vnet.name), which has none: the gateway cannot be created. Add GatewaySubnet with \(suggestion).",
                    resources: [gateway.name, vnet.name], field: "subnet"))
        }
    }
}
