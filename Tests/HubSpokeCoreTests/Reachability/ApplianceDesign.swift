import HubSpokeCore

/// A hub with an NVA (a NIC at 10.0.1.4) and two spokes whose subnets send each other's
/// prefix to it: the catalog's worked example (azure-rules.md, Reachability).
enum ApplianceDesign {
    static func make(_ change: (inout Design) -> Void = { _ in }) -> Design {
        func peering(_ name: String, _ remote: String) -> VirtualNetworkPeering {
            VirtualNetworkPeering(name: name, remoteVirtualNetwork: remote, allowForwardedTraffic: true)
        }
        func spoke(_ letter: String, _ net: String) -> VirtualNetwork {
            VirtualNetwork(
                name: "vnet-\(letter)", addressPrefixes: ["\(net).0.0/16"],
                subnets: [Subnet(name: "snet-app", addressPrefixes: ["\(net).1.0/24"], routeTable: "rt-\(letter)")],
                virtualNetworkPeerings: [peering("\(letter)-to-hub", "vnet-hub")])
        }
        func nic(_ name: String, _ subnet: String) -> NetworkInterface {
            NetworkInterface(name: name, ipConfigurations: [NetworkInterfaceIPConfiguration(subnet: subnet)])
        }
        var design = Design(
            virtualNetworks: [
                VirtualNetwork(
                    name: "vnet-hub", addressPrefixes: ["10.0.0.0/16"],
                    subnets: [Subnet(name: "snet-nva", addressPrefixes: ["10.0.1.0/24"])],
                    virtualNetworkPeerings: [peering("hub-to-a", "vnet-a"), peering("hub-to-b", "vnet-b")]),
                spoke("a", "10.1"), spoke("b", "10.2"),
            ],
            routeTables: [
                RouteTable(
                    name: "rt-a",
                    routes: [
                        Route(
                            name: "to-b", addressPrefix: "10.2.0.0/16", nextHopType: "VirtualAppliance",
                            nextHopIpAddress: "10.0.1.4")
                    ]),
                RouteTable(
                    name: "rt-b",
                    routes: [
                        Route(
                            name: "to-a", addressPrefix: "10.1.0.0/16", nextHopType: "VirtualAppliance",
                            nextHopIpAddress: "10.0.1.4")
                    ]),
            ],
            networkInterfaces: [
                NetworkInterface(
                    name: "nic-nva", enableIPForwarding: true,
                    ipConfigurations: [
                        NetworkInterfaceIPConfiguration(
                            subnet: "vnet-hub/subnets/snet-nva", privateIPAllocationMethod: "Static",
                            privateIPAddress: "10.0.1.4")
                    ]),
                nic("nic-a", "vnet-a/subnets/snet-app"), nic("nic-b", "vnet-b/subnets/snet-app"),
            ],
            virtualMachines: [
                VirtualMachine(name: "vm-a", networkInterfaces: ["nic-a"]),
                VirtualMachine(name: "vm-b", networkInterfaces: ["nic-b"]),
            ])
        change(&design)
        return design
    }
}
