import Testing

@testable import HubSpokeTUI

@Suite struct ResourceRecipeParserTests {
    @Test(arguments: [
        (
            "add vm vm-a vnet-hub/subnets/snet-app",
            ResourceRecipe.virtualMachine(
                name: "vm-a", subnet: "vnet-hub/subnets/snet-app", privateIPAddress: nil, osType: "Windows")
        ),
        (
            "add vm vm-a vnet-hub/subnets/snet-app 10.0.1.4 --linux",
            .virtualMachine(
                name: "vm-a", subnet: "vnet-hub/subnets/snet-app", privateIPAddress: "10.0.1.4", osType: "Linux")
        ),
        (
            "add nva nva-1 vnet-hub/subnets/snet-nva 10.0.3.4",
            .networkVirtualAppliance(name: "nva-1", subnet: "vnet-hub/subnets/snet-nva", privateIPAddress: "10.0.3.4")
        ),
        (
            "add gateway vnet-hub VPN vpngw1az",
            .gateway(virtualNetwork: "vnet-hub", gatewayType: "Vpn", sku: "VpnGw1AZ")
        ),
        (
            "add gateway vnet-hub expressroute ergw2az",
            .gateway(virtualNetwork: "vnet-hub", gatewayType: "ExpressRoute", sku: "ErGw2AZ")
        ),
        ("add firewall vnet-hub", .firewall(virtualNetwork: "vnet-hub")),
        ("add bastion vnet-hub", .bastion(virtualNetwork: "vnet-hub")),
        ("add publicip pip-x", .publicIPAddress(name: "pip-x")),
    ])
    func parsesEachRecipe(text: String, recipe: ResourceRecipe) throws {
        #expect(try PaletteCommandParser.parse(text) == .addResource(recipe))
    }

    @Test(arguments: [
        ("add nva nva-1", "usage: :add nva NAME SUBNET_PATH [IP]"),
        ("add firewall", "usage: :add firewall VNET"),
        ("add bastion a b", "usage: :add bastion VNET"),
        ("add gateway vnet-hub vpn ErGw1AZ x", "usage: :add gateway VNET vpn|expressroute SKU"),
    ])
    func refusesWrongArgumentCounts(text: String, message: String) {
        #expect(throws: PaletteError(message)) { try PaletteCommandParser.parse(text) }
    }

    @Test func anUnknownKindListsTheKindsThereAre() {
        #expect(
            throws: PaletteError(
                "cannot add 'router': :add vnet|subnet|nsg|rule|routetable|route|vm|nva|gateway|firewall|bastion|publicip ..."
            )
        ) {
            try PaletteCommandParser.parse("add router r1")
        }
    }

    func context() -> CompletionContext {
        CompletionContext(
            virtualNetworks: ["vnet-hub", "vnet-spoke1"],
            paths: ["vnet-hub", "vnet-hub/subnets/GatewaySubnet", "vnet-spoke1/subnets/snet-app", "nsg-x"])
    }

    @Test func completionOffersKindsVNetsSubnetsAndSKUs() {
        #expect(PaletteCompletion.candidates(for: "add ", context: context()).contains("firewall"))
        #expect(PaletteCompletion.complete("add fi", context: context()) == "add firewall ")
        #expect(PaletteCompletion.complete("add bastion vnet-s", context: context()) == "add bastion vnet-spoke1 ")
        #expect(
            PaletteCompletion.candidates(for: "add vm vm-a ", context: context())
                == ["vnet-hub/subnets/GatewaySubnet", "vnet-spoke1/subnets/snet-app"])
        #expect(
            PaletteCompletion.complete("add gateway vnet-hub e", context: context())
                == "add gateway vnet-hub expressroute ")
        #expect(
            PaletteCompletion.candidates(for: "add gateway vnet-hub expressroute ErGw", context: context())
                == ["ErGw1AZ", "ErGw2AZ", "ErGw3AZ", "ErGwScale"])
        #expect(PaletteCompletion.candidates(for: "add vm vm-a vnet-hub/subnets/x ", context: context()) == ["--linux"])
    }
}
