/// The large design the speed targets are measured on (contracts.md "Speed targets"): four
/// regional hubs peered with each other, 249 spokes per hub, 10 subnets per VNet, an NSG of 50
/// rules and a route table per spoke: 1,000 VNets, 10,000 subnets, 49,800 rules.
public enum BenchmarkDesign {
    public static let regions = ["westeurope", "northeurope", "eastus", "westus"]

    public static func make(hubs: Int = 4, spokesPerHub: Int = 249, subnetsPerVNet: Int = 10, rulesPerNSG: Int = 50)
        -> Design
    {
        var design = Design()
        for h in 0..<hubs {
            let region = regions[h % regions.count]
            let hubName = "vnet-hub-\(h)"
            // Hub h owns 10.(64h).0.0/10-ish space: the hub itself is 10.(64h).0.0/16.
            let hubBase = 64 * h
            var hub = VirtualNetwork(
                name: hubName, placement: Placement(location: region), addressPrefixes: ["10.\(hubBase).0.0/16"])
            hub.subnets = (0..<subnetsPerVNet).map { s in
                Subnet(name: s == 0 ? "AzureFirewallSubnet" : "snet-\(s)", addressPrefixes: ["10.\(hubBase).\(s).0/24"])
            }
            for other in 0..<hubs where other != h {
                hub.virtualNetworkPeerings.append(
                    VirtualNetworkPeering(
                        name: "hub-\(h)-to-hub-\(other)", remoteVirtualNetwork: "vnet-hub-\(other)",
                        allowForwardedTraffic: true))
            }
            design.azureFirewalls.append(
                AzureFirewall(
                    name: "afw-hub-\(h)", placement: Placement(location: region),
                    subnet: "\(hubName)/subnets/AzureFirewallSubnet"))
            let firewallIP = "10.\(hubBase).0.4"
            for s in 0..<spokesPerHub {
                let spokeName = "vnet-spoke-\(h)-\(s)"
                // 249 spokes as /20s inside 10.(64h+1..64h+63).0.0: 16 per /16.
                let second = hubBase + 1 + s / 16
                let third = (s % 16) * 16
                let prefix = "10.\(second).\(third).0/20"
                let nsgName = "nsg-spoke-\(h)-\(s)"
                let rtName = "rt-spoke-\(h)-\(s)"
                var spoke = VirtualNetwork(
                    name: spokeName, placement: Placement(location: region), addressPrefixes: [prefix])
                spoke.subnets = (0..<subnetsPerVNet).map { n in
                    Subnet(
                        name: "snet-\(n)", addressPrefixes: ["10.\(second).\(third + n).0/24"],
                        networkSecurityGroup: nsgName, routeTable: rtName)
                }
                spoke.virtualNetworkPeerings = [
                    VirtualNetworkPeering(
                        name: "\(spokeName)-to-\(hubName)", remoteVirtualNetwork: hubName, allowForwardedTraffic: true)
                ]
                hub.virtualNetworkPeerings.append(
                    VirtualNetworkPeering(
                        name: "\(hubName)-to-\(spokeName)", remoteVirtualNetwork: spokeName,
                        allowForwardedTraffic: true))
                design.virtualNetworks.append(spoke)
                var rules: [SecurityRule] = (0..<(rulesPerNSG - 1)).map { r in
                    SecurityRule(
                        name: "allow-\(r)", priority: 100 + r * 10, direction: r % 2 == 0 ? "Inbound" : "Outbound",
                        access: "Allow", protocol: "Tcp", sourceAddressPrefix: "10.\(second).\(third).0/20",
                        sourcePortRange: "*", destinationAddressPrefix: "10.\((second + 1) % 256).0.0/16",
                        destinationPortRange: "\(1000 + r)")
                }
                rules.append(
                    SecurityRule(
                        name: "deny-all-inbound", priority: 4000, direction: "Inbound", access: "Deny", protocol: "*",
                        sourceAddressPrefix: "*", sourcePortRange: "*", destinationAddressPrefix: "*",
                        destinationPortRange: "*"))
                design.networkSecurityGroups.append(
                    NetworkSecurityGroup(name: nsgName, placement: Placement(location: region), securityRules: rules))
                design.routeTables.append(
                    RouteTable(
                        name: rtName, placement: Placement(location: region),
                        routes: [
                            Route(
                                name: "default-to-firewall", addressPrefix: "0.0.0.0/0",
                                nextHopType: "VirtualAppliance", nextHopIpAddress: firewallIP)
                        ]))
            }
            design.virtualNetworks.insert(hub, at: h)
        }
        return design
    }
}
