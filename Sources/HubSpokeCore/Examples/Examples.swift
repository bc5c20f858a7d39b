/// Built-in designs: what `hubspoke` opens with no file, what `hubspoke example NAME` writes,
/// and the fixtures the tests start from. Both are correct by the catalog's standard except
/// where a comment says the flaw is deliberate.
public enum Examples {
    public static let names = ["hub-and-spoke", "tutorial"]

    public static func named(_ name: String) -> Design? {
        switch name.asciiLowercased {
        case "hub-and-spoke", "hubspoke", "hub": return hubAndSpoke
        case "tutorial", "seed": return tutorial
        default: return nil
        }
    }

    /// The seed tutorial's network: two peered VNets in one region, a Windows VM in each, and
    /// an NSG on the first VM's NIC that opens RDP. The RDP rule is kept as the tutorial wrote
    /// it (SEC-001 warns about it); credentials are secure parameters, as export writes them.
    public static var tutorial: Design {
        let rdp = SecurityRule(
            name: "default-allow-rdp", priority: 1000, direction: "Inbound", access: "Allow", protocol: "Tcp",
            sourceAddressPrefix: "*", sourcePortRange: "*", destinationAddressPrefix: "*",
            destinationPortRange: "3389")
        let image = ImageReference(publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2019-Datacenter")
        return Design(
            virtualNetworks: [
                VirtualNetwork(
                    name: "vnet-prod-ae-wv-001", addressPrefixes: ["10.30.0.0/16"],
                    subnets: [Subnet(name: "PrimarySubnet", addressPrefixes: ["10.30.10.0/24"])],
                    virtualNetworkPeerings: [
                        VirtualNetworkPeering(
                            name: "peer-to-secondary", remoteVirtualNetwork: "vnet-prod-ae-wv-002",
                            allowForwardedTraffic: true)
                    ]),
                VirtualNetwork(
                    name: "vnet-prod-ae-wv-002", addressPrefixes: ["10.20.0.0/16"],
                    subnets: [Subnet(name: "SecondarySubnet", addressPrefixes: ["10.20.20.0/24"])],
                    virtualNetworkPeerings: [
                        VirtualNetworkPeering(
                            name: "peer-to-primary", remoteVirtualNetwork: "vnet-prod-ae-wv-001",
                            allowForwardedTraffic: true)
                    ]),
            ],
            networkSecurityGroups: [NetworkSecurityGroup(name: "nsg-prod-ae-wv-001", securityRules: [rdp])],
            publicIPAddresses: [PublicIPAddress(name: "pip-prod-ae-wv-001")],
            networkInterfaces: [
                NetworkInterface(
                    name: "nic-prod-ae-wv-001", networkSecurityGroup: "nsg-prod-ae-wv-001",
                    ipConfigurations: [
                        NetworkInterfaceIPConfiguration(
                            subnet: "vnet-prod-ae-wv-001/subnets/PrimarySubnet", publicIPAddress: "pip-prod-ae-wv-001")
                    ]),
                NetworkInterface(
                    name: "nic-prod-ae-wv-002",
                    ipConfigurations: [
                        NetworkInterfaceIPConfiguration(subnet: "vnet-prod-ae-wv-002/subnets/SecondarySubnet")
                    ]),
            ],
            virtualMachines: [
                VirtualMachine(
                    name: "vmprodaewv001", vmSize: "Standard_DS1_v2", osType: "Windows",
                    networkInterfaces: ["nic-prod-ae-wv-001"], imageReference: image),
                VirtualMachine(
                    name: "vmprodasewv001", vmSize: "Standard_DS1_v2", osType: "Windows",
                    networkInterfaces: ["nic-prod-ae-wv-002"], imageReference: image),
            ])
    }

    /// A hub with a VPN gateway (and an on-premises site), Azure Firewall with a policy, and
    /// Bastion; three spokes that use the hub gateway and send everything through the firewall,
    /// with the GatewaySubnet return routes. The spoke route table turns off gateway route
    /// propagation so on-premises traffic also takes the firewall (otherwise the more specific
    /// gateway route would bypass it one way only). Validates with nothing above info.
    public static var hubAndSpoke: Design {
        let firewallIP = "10.0.1.4"
        let spokes = [("spoke1", "10.1"), ("spoke2", "10.2"), ("spoke3", "10.3")]
        var vnets: [VirtualNetwork] = []
        var hubPeerings: [VirtualNetworkPeering] = []
        var nsgs: [NetworkSecurityGroup] = []
        var nics: [NetworkInterface] = []
        var vms: [VirtualMachine] = []
        for (name, net) in spokes {
            hubPeerings.append(
                VirtualNetworkPeering(
                    name: "hub-to-\(name)", remoteVirtualNetwork: "vnet-\(name)", allowForwardedTraffic: true,
                    allowGatewayTransit: true))
            vnets.append(
                VirtualNetwork(
                    name: "vnet-\(name)", addressPrefixes: ["\(net).0.0/16"],
                    subnets: [
                        Subnet(
                            name: "snet-app", addressPrefixes: ["\(net).1.0/24"], networkSecurityGroup: "nsg-\(name)",
                            routeTable: "rt-spokes")
                    ],
                    virtualNetworkPeerings: [
                        VirtualNetworkPeering(
                            name: "\(name)-to-hub", remoteVirtualNetwork: "vnet-hub", allowForwardedTraffic: true,
                            useRemoteGateways: true)
                    ]))
            nsgs.append(
                NetworkSecurityGroup(
                    name: "nsg-\(name)",
                    securityRules: [
                        SecurityRule(
                            name: "allow-bastion-ssh-rdp", priority: 100, direction: "Inbound", access: "Allow",
                            protocol: "Tcp", sourceAddressPrefix: "10.0.2.0/26", sourcePortRange: "*",
                            destinationAddressPrefix: "*", destinationPortRanges: ["22", "3389"]),
                        SecurityRule(
                            name: "allow-https-from-spokes-and-onprem", priority: 200, direction: "Inbound",
                            access: "Allow", protocol: "Tcp", sourceAddressPrefixes: ["10.0.0.0/8", "192.168.0.0/16"],
                            sourcePortRange: "*", destinationAddressPrefix: "\(net).0.0/16",
                            destinationPortRange: "443"),
                        SecurityRule(
                            name: "deny-all-inbound", priority: 4000, direction: "Inbound", access: "Deny",
                            protocol: "*", sourceAddressPrefix: "*", sourcePortRange: "*",
                            destinationAddressPrefix: "*", destinationPortRange: "*"),
                    ]))
            nics.append(
                NetworkInterface(
                    name: "nic-app-\(name)",
                    ipConfigurations: [
                        NetworkInterfaceIPConfiguration(
                            subnet: "vnet-\(name)/subnets/snet-app", privateIPAllocationMethod: "Static",
                            privateIPAddress: "\(net).1.4")
                    ]))
            vms.append(
                VirtualMachine(
                    name: "vm-app-\(name)", vmSize: "Standard_B2s", osType: "Linux",
                    networkInterfaces: ["nic-app-\(name)"], adminUsername: .parameter("adminUsername"),
                    adminPassword: nil, disablePasswordAuthentication: true,
                    sshPublicKey: .parameter("adminSshPublicKey"), imageReference: .ubuntu2204))
        }
        let hub = VirtualNetwork(
            name: "vnet-hub", addressPrefixes: ["10.0.0.0/16"],
            subnets: [
                Subnet(name: "GatewaySubnet", addressPrefixes: ["10.0.0.0/27"], routeTable: "rt-gateway"),
                Subnet(name: "AzureFirewallSubnet", addressPrefixes: ["10.0.1.0/26"]),
                Subnet(name: "AzureBastionSubnet", addressPrefixes: ["10.0.2.0/26"]),
            ],
            virtualNetworkPeerings: hubPeerings)
        let spokePrefixes = spokes.map { "\($0.1).0.0/16" }
        let policy = FirewallPolicy(
            name: "afwp-hub",
            ruleCollectionGroups: [
                FirewallPolicyRuleCollectionGroup(
                    name: "rcg-network", priority: 100,
                    ruleCollections: [
                        FirewallRuleCollection(
                            name: "allow-east-west", priority: 100, action: "Allow",
                            rules: [
                                FirewallNetworkRule(
                                    name: "spokes-and-onprem-https-ssh-rdp", ipProtocols: ["TCP"],
                                    sourceAddresses: spokePrefixes + ["192.168.0.0/16"],
                                    destinationAddresses: spokePrefixes + ["192.168.0.0/16"],
                                    destinationPorts: ["443", "22", "3389"])
                            ])
                    ])
            ])
        return Design(
            virtualNetworks: [hub] + vnets,
            networkSecurityGroups: nsgs,
            routeTables: [
                RouteTable(
                    name: "rt-spokes", disableBgpRoutePropagation: true,
                    routes: [
                        Route(
                            name: "default-to-firewall", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance",
                            nextHopIpAddress: firewallIP)
                    ]),
                RouteTable(
                    name: "rt-gateway",
                    routes: spokes.map {
                        Route(
                            name: "\($0.0)-via-firewall", addressPrefix: "\($0.1).0.0/16",
                            nextHopType: "VirtualAppliance", nextHopIpAddress: firewallIP)
                    }),
            ],
            virtualNetworkGateways: [
                VirtualNetworkGateway(
                    name: "vgw-hub", gatewayType: "Vpn", vpnType: "RouteBased", sku: "VpnGw2AZ",
                    subnet: "vnet-hub/subnets/GatewaySubnet", publicIPAddress: "pip-vgw", enableBgp: false)
            ],
            localNetworkGateways: [
                LocalNetworkGateway(
                    name: "lng-onprem", gatewayIpAddress: "203.0.113.10", addressPrefixes: ["192.168.0.0/16"])
            ],
            connections: [
                GatewayConnection(
                    name: "cn-hub-onprem", connectionType: "IPsec", virtualNetworkGateway1: "vgw-hub",
                    localNetworkGateway2: "lng-onprem")
            ],
            azureFirewalls: [
                AzureFirewall(
                    name: "afw-hub", skuName: "AZFW_VNet", skuTier: "Standard",
                    subnet: "vnet-hub/subnets/AzureFirewallSubnet", publicIPAddress: "pip-afw",
                    firewallPolicy: "afwp-hub")
            ],
            firewallPolicies: [policy],
            bastionHosts: [
                BastionHost(
                    name: "bas-hub", sku: "Standard", subnet: "vnet-hub/subnets/AzureBastionSubnet",
                    publicIPAddress: "pip-bas")
            ],
            publicIPAddresses: [
                PublicIPAddress(name: "pip-vgw"), PublicIPAddress(name: "pip-afw"), PublicIPAddress(name: "pip-bas"),
            ],
            networkInterfaces: nics,
            virtualMachines: vms)
    }
}
