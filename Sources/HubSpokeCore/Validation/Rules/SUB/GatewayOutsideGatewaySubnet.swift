/// A VPN or ExpressRoute gateway can only be created in the subnet named `GatewaySubnet`;
/// Azure refuses the gateway's IP configuration in any other subnet.
struct GatewayOutsideGatewaySubnet: Rule {
    static let id = "SUB-009"
    static let severity: Severity = .error
    static let title = "Virtual network gateway is not in a subnet named GatewaySubnet"
    static let help =
        "Azure deploys VPN and ExpressRoute gateways only into the dedicated subnet named GatewaySubnet; a gateway whose IP configuration uses another subnet fails to deploy."
    static let source =
        "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        for gateway in context.design.virtualNetworkGateways {
            guard let ref = index.subnet(gateway.subnet) else { continue }
            let vnet = context.design.virtualNetworks[ref.vnet]
            let subnet = vnet.subnets[ref.subnet]
            guard ReservedSubnetNames.role(of: subnet.name) != .gatewaySubnet else { continue }
            let path = index.subnetPath(ref)
            let fix =
                ReservedSubnetNames.subnet(.gatewaySubnet, in: vnet).map {
                    "Point it at \(ResourcePath.child(vnet.name, .subnets, vnet.subnets[$0].name))."
                } ?? "Add a subnet named GatewaySubnet (/27 or larger) to \(vnet.name) and place the gateway there."
            findings.append(
                finding(
                    "\(gateway.name) is placed in \(path), but Azure creates gateways only in a subnet named GatewaySubnet: the deployment fails. \(fix)",
                    resources: [gateway.name, path], field: "subnet"))
        }
    }
}
