import HubSpokeCore

/// Designs for the SEC tests that need VMs, NICs, public IPs, route tables or a hub firewall;
/// NSG-only designs come from `SecurityGroupRuleFixtures`.
enum SecurityPostureRuleFixtures {
    /// A VM `vm-1` with NIC `nic-1` in `vnet-a/subnets/snet-app`.
    static func vmDesign(
        publicIP: PublicIPAddress? = PublicIPAddress(name: "pip-1"), nicNSG: String? = nil, subnetNSG: String? = nil,
        vm: VirtualMachine = VirtualMachine(name: "vm-1", networkInterfaces: ["nic-1"])
    ) -> Design {
        Design(
            virtualNetworks: [
                VirtualNetwork(
                    name: "vnet-a", addressPrefixes: ["10.1.0.0/16"],
                    subnets: [
                        Subnet(name: "snet-app", addressPrefixes: ["10.1.1.0/24"], networkSecurityGroup: subnetNSG)
                    ])
            ],
            networkSecurityGroups: [nicNSG, subnetNSG].compactMap { $0 }.map { NetworkSecurityGroup(name: $0) },
            publicIPAddresses: publicIP.map { [$0] } ?? [],
            networkInterfaces: [
                NetworkInterface(
                    name: "nic-1", networkSecurityGroup: nicNSG,
                    ipConfigurations: [
                        NetworkInterfaceIPConfiguration(
                            subnet: "vnet-a/subnets/snet-app", publicIPAddress: publicIP?.name)
                    ])
            ],
            virtualMachines: [vm])
    }

    /// A hub `vnet-hub` (10.0.0.0/16) with Azure Firewall `afw-hub` at 10.0.1.4 and a spoke
    /// `vnet-spoke` (10.1.0.0/16) peered both ways, whose `snet-app` uses `routeTable` if given.
    static func hubDesign(spokeRoutes: [Route]?) -> Design {
        Design(
            virtualNetworks: [
                VirtualNetwork(
                    name: "vnet-hub", addressPrefixes: ["10.0.0.0/16"],
                    subnets: [Subnet(name: "AzureFirewallSubnet", addressPrefixes: ["10.0.1.0/26"])],
                    virtualNetworkPeerings: [
                        VirtualNetworkPeering(name: "hub-to-spoke", remoteVirtualNetwork: "vnet-spoke")
                    ]),
                VirtualNetwork(
                    name: "vnet-spoke", addressPrefixes: ["10.1.0.0/16"],
                    subnets: [
                        Subnet(
                            name: "snet-app", addressPrefixes: ["10.1.1.0/24"], networkSecurityGroup: "nsg-spoke",
                            routeTable: spokeRoutes == nil ? nil : "rt-spoke"),
                        Subnet(name: "AzureBastionSubnet", addressPrefixes: ["10.1.2.0/26"]),
                    ],
                    virtualNetworkPeerings: [
                        VirtualNetworkPeering(name: "spoke-to-hub", remoteVirtualNetwork: "vnet-hub")
                    ]),
            ],
            networkSecurityGroups: [NetworkSecurityGroup(name: "nsg-spoke")],
            routeTables: spokeRoutes.map { [RouteTable(name: "rt-spoke", routes: $0)] } ?? [],
            azureFirewalls: [AzureFirewall(name: "afw-hub", subnet: "vnet-hub/subnets/AzureFirewallSubnet")])
    }

    static let toFirewall = Route(
        name: "default", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance", nextHopIpAddress: "10.0.1.4")
    static let toInternet = Route(name: "default", addressPrefix: "0.0.0.0/0", nextHopType: "Internet")
}
