@testable import HubSpokeCore

/// Small designs for the REF rule tests: a hub with service subnets and one workload VM.
enum ReferenceRuleFixtures {
    static func run(
        _ rule: any Rule, _ design: Design, unknowns: UnknownValues = UnknownValues(),
        sourceMap: SourceMap = SourceMap()
    ) -> [Finding] {
        Validator(rules: [rule]).validate(design, unknowns: unknowns, sourceMap: sourceMap)
    }

    /// A VNet with a workload subnet (NSG and route table attached), a NIC with a public IP,
    /// and a Linux VM on it; every reference resolves.
    static func workload(region: String? = nil) -> Design {
        let place = Placement(location: region)
        return Design(
            virtualNetworks: [
                VirtualNetwork(
                    name: "vnet-app", placement: place, addressPrefixes: ["10.1.0.0/16"],
                    subnets: [
                        Subnet(
                            name: "snet-app", addressPrefixes: ["10.1.1.0/24"], networkSecurityGroup: "nsg-app",
                            routeTable: "rt-app"),
                        Subnet(name: "GatewaySubnet", addressPrefixes: ["10.1.0.0/27"]),
                    ])
            ],
            networkSecurityGroups: [NetworkSecurityGroup(name: "nsg-app", placement: place)],
            applicationSecurityGroups: [ApplicationSecurityGroup(name: "asg-web", placement: place)],
            routeTables: [RouteTable(name: "rt-app", placement: place)],
            virtualNetworkGateways: [
                VirtualNetworkGateway(
                    name: "vgw-app", placement: place, subnet: "vnet-app/subnets/GatewaySubnet",
                    publicIPAddress: "pip-vgw")
            ],
            localNetworkGateways: [
                LocalNetworkGateway(name: "lng-site", placement: place, addressPrefixes: ["192.168.0.0/16"])
            ],
            connections: [
                GatewayConnection(
                    name: "cn-site", placement: place, virtualNetworkGateway1: "vgw-app",
                    localNetworkGateway2: "lng-site")
            ],
            publicIPAddresses: [
                PublicIPAddress(name: "pip-app", placement: place), PublicIPAddress(name: "pip-vgw", placement: place),
            ],
            networkInterfaces: [
                NetworkInterface(
                    name: "nic-app", placement: place, networkSecurityGroup: "nsg-app",
                    ipConfigurations: [
                        NetworkInterfaceIPConfiguration(
                            subnet: "vnet-app/subnets/snet-app", publicIPAddress: "pip-app",
                            applicationSecurityGroups: ["asg-web"])
                    ])
            ],
            virtualMachines: [VirtualMachine(name: "vm-app", placement: place, networkInterfaces: ["nic-app"])])
    }
}
