import Testing

@testable import HubSpokeCore

@Suite struct DesignIndexTests {
    let index = DesignIndex(Examples.hubAndSpoke)

    @Test func resolvesNamesCaseInsensitively() throws {
        let hub = try #require(index.virtualNetwork("VNET-HUB"))
        #expect(index.design.virtualNetworks[hub].name == "vnet-hub")
        let ref = try #require(index.subnet("vnet-hub/subnets/gatewaysubnet"))
        #expect(index.subnetPath(ref) == "vnet-hub/subnets/GatewaySubnet")
        #expect(index.networkSecurityGroup("nsg-spoke1") != nil)
        #expect(index.virtualNetwork("vnet-nowhere") == nil)
    }

    @Test func resolvesResourceIDsToDesignVNets() throws {
        let id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-hub"
        #expect(index.virtualNetwork(id) == index.virtualNetwork("vnet-hub"))
        let subnetID = id + "/subnets/AzureFirewallSubnet"
        let ref = try #require(index.subnet(subnetID))
        #expect(index.subnetPath(ref) == "vnet-hub/subnets/AzureFirewallSubnet")
    }

    @Test func classifiesPeeringRemotes() throws {
        var design = Examples.tutorial
        design.virtualNetworks[0].virtualNetworkPeerings.append(
            VirtualNetworkPeering(name: "to-missing", remoteVirtualNetwork: "vnet-missing"))
        design.virtualNetworks[0].virtualNetworkPeerings.append(
            VirtualNetworkPeering(
                name: "to-external",
                remoteVirtualNetwork:
                    "/subscriptions/1/resourceGroups/other/providers/Microsoft.Network/virtualNetworks/vnet-far"))
        design.virtualNetworks.append(VirtualNetwork(name: "vnet-old", isExisting: true))
        design.virtualNetworks[0].virtualNetworkPeerings.append(
            VirtualNetworkPeering(name: "to-existing", remoteVirtualNetwork: "vnet-old"))
        let index = DesignIndex(design)
        #expect(index.peeringRemotes[0][0] == .inDesign(1))
        #expect(index.peeringRemotes[0][1] == .missing("vnet-missing"))
        if case .external = index.peeringRemotes[0][2] {} else { Issue.record("expected external") }
        #expect(index.peeringRemotes[0][3] == .existing(2))
        #expect(index.peering(from: 0, to: 1) == 0)
        #expect(index.peering(from: 1, to: 0) == 0)
    }

    @Test func placesServicesInTheirVNets() throws {
        let hub = try #require(index.virtualNetwork("vnet-hub"))
        #expect(index.gatewaysByVNet[hub] == [0])
        #expect(index.firewallsByVNet[hub] == [0])
        #expect(index.bastionsByVNet[hub] == [0])
        #expect(index.hasGatewayOrRouteServer(hub))
        let spoke = try #require(index.virtualNetwork("vnet-spoke1"))
        #expect(!index.hasGatewayOrRouteServer(spoke))
        let app = try #require(index.subnet("vnet-spoke1/subnets/snet-app"))
        #expect(index.nicsBySubnet[app]?.count == 1)
        #expect(index.vnetPrefixes[hub] == [AddressPrefix("10.0.0.0/16")!])
    }

    @Test func rgQualifiedNamesDisambiguate() throws {
        let design = Design(virtualNetworks: [
            VirtualNetwork(name: "vnet", placement: Placement(resourceGroup: "rg-a"), addressPrefixes: ["10.0.0.0/16"]),
            VirtualNetwork(name: "vnet", placement: Placement(resourceGroup: "rg-b"), addressPrefixes: ["10.1.0.0/16"]),
        ])
        let index = DesignIndex(design)
        #expect(index.virtualNetwork("rg-a:vnet") == 0)
        #expect(index.virtualNetwork("rg-b:vnet") == 1)
        #expect(
            index.virtualNetwork(
                "/subscriptions/0/resourceGroups/rg-b/providers/Microsoft.Network/virtualNetworks/vnet")
                == 1)
    }
}

@Suite struct DesignIndexResourceIDTypes {
    @Test func anIDOfAnotherTypeDoesNotResolve() {
        let index = DesignIndex(Examples.hubAndSpoke)
        let nsgID = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/vnet-hub"
        #expect(index.virtualNetwork(nsgID) == nil)
        let vnetID = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-hub"
        #expect(index.virtualNetwork(vnetID) != nil)
        let vmID = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm-app-spoke1"
        #expect(index.virtualMachine(vmID) != nil)
    }
}
