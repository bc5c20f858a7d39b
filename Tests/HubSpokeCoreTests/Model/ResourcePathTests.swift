import Testing

@testable import HubSpokeCore

@Suite struct ResourcePathTests {
    @Test(arguments: [
        ("vnet-hub", "vnet-hub"),
        ("rg-conn:vnet-hub", "rg-conn:vnet-hub"),
        ("vnet-hub/subnets/GatewaySubnet", "vnet-hub/subnets/GatewaySubnet"),
        ("vnet-hub/peerings/hub-to-spoke1", "vnet-hub/virtualNetworkPeerings/hub-to-spoke1"),
        ("VNET-HUB/VIRTUALNETWORKPEERINGS/x", "VNET-HUB/virtualNetworkPeerings/x"),
        ("nsg-web/rules/allow-https", "nsg-web/securityRules/allow-https"),
        ("rt/routes/default", "rt/routes/default"),
        ("afwp/ruleCollectionGroups/rcg", "afwp/ruleCollectionGroups/rcg"),
    ])
    func parsesAndPrints(input: String, printed: String) throws {
        let path = try #require(ResourcePath(parsing: input))
        #expect(path.description == printed)
    }

    @Test(arguments: ["", "a/b", "a/subnets/", "a/unknownKind/x", "/subnets/x", ":name", "rg:", "a/subnets/x/y"])
    func rejectsOtherShapes(input: String) {
        #expect(ResourcePath(parsing: input) == nil)
    }

    @Test func lookupKeyIsCaseInsensitive() throws {
        let a = try #require(ResourcePath(parsing: "VNet-Hub/Subnets/GatewaySubnet"))
        let b = try #require(ResourcePath(parsing: "vnet-hub/subnets/gatewaysubnet"))
        #expect(a.lookupKey == b.lookupKey)
        #expect(a.parent.description == "VNet-Hub")
    }
}

@Suite struct ARMResourceIDTests {
    @Test func parsesVNetAndSubnetIDs() throws {
        let vnet = try #require(
            ARMResourceID(
                "/subscriptions/0000/resourceGroups/rg-conn/providers/Microsoft.Network/virtualNetworks/vnet-hub"))
        #expect(vnet.subscriptionId == "0000")
        #expect(vnet.resourceGroup == "rg-conn")
        #expect(vnet.type == "Microsoft.Network/virtualNetworks")
        #expect(vnet.name == "vnet-hub")
        let subnetID = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"
        let subnet = try #require(ARMResourceID(subnetID))
        #expect(subnet.childType == "subnets")
        #expect(subnet.childName == "s")
        #expect(
            ARMResourceID.parentID(of: subnetID)
                == "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v")
        #expect(ARMResourceID("not/an/id") == nil)
    }
}
