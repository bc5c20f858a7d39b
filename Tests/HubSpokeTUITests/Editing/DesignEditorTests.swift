import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct DesignEditorTests {
    let example = Examples.hubAndSpoke

    @Test func addVirtualNetworkRefusesABadPrefixWithTheReason() throws {
        #expect {
            _ = try DesignEditor.addVirtualNetwork(example, name: "vnet-x", prefix: "10.0.0.0/33", region: nil)
        } throws: { error in
            (error as? PaletteError)?.message
                == "'10.0.0.0/33' is not a valid prefix: prefix length must be a whole number from 0 to 32"
        }
        #expect {
            _ = try DesignEditor.addVirtualNetwork(example, name: "vnet-x", prefix: "10.9.0.1/16", region: nil)
        } throws: { error in
            (error as? PaletteError)?.message.contains("did you mean 10.9.0.0/16?") == true
        }
        let added = try DesignEditor.addVirtualNetwork(
            example, name: "vnet-x", prefix: "10.9.0.0/16", region: "westeurope")
        #expect(added.virtualNetworks.last?.addressPrefixes == ["10.9.0.0/16"])
        #expect(added.virtualNetworks.last?.placement.location == "westeurope")
        #expect(throws: PaletteError.self) {
            _ = try DesignEditor.addVirtualNetwork(added, name: "VNET-X", prefix: "10.8.0.0/16", region: nil)
        }
    }

    @Test func peerCreatesBothHalvesWithDefaultFlags() throws {
        var design = try DesignEditor.addVirtualNetwork(
            example, name: "vnet-spoke4", prefix: "10.4.0.0/16", region: nil)
        design = try DesignEditor.peer(design, "vnet-hub", "vnet-spoke4")
        let hubHalf = design.virtualNetworks[0].virtualNetworkPeerings.last!
        let spokeHalf = design.virtualNetworks.last!.virtualNetworkPeerings.last!
        #expect(hubHalf.name == "vnet-hub-to-vnet-spoke4")
        #expect(hubHalf.remoteVirtualNetwork == "vnet-spoke4")
        #expect(spokeHalf.name == "vnet-spoke4-to-vnet-hub")
        #expect(spokeHalf == VirtualNetworkPeering(name: "vnet-spoke4-to-vnet-hub", remoteVirtualNetwork: "vnet-hub"))
        #expect(throws: PaletteError.self) { _ = try DesignEditor.peer(design, "vnet-spoke4", "vnet-hub") }
        #expect(throws: PaletteError.self) { _ = try DesignEditor.peer(design, "vnet-hub", "vnet-nowhere") }
    }

    @Test func setAcceptsAliasesAndRefusesBadValues() throws {
        let design = try DesignEditor.set(
            example, path: "VNET-HUB/peerings/hub-to-spoke1", field: "allowgatewaytransit", value: "false")
        #expect(design.virtualNetworks[0].virtualNetworkPeerings[0].allowGatewayTransit == false)
        #expect {
            _ = try DesignEditor.set(
                example, path: "vnet-hub/peerings/hub-to-spoke1", field: "allowGatewayTransit", value: "maybe")
        } throws: { ($0 as? PaletteError)?.message == "'maybe' is not true or false" }
        #expect {
            _ = try DesignEditor.set(
                example, path: "vnet-spoke1/subnets/snet-app", field: "addressPrefix", value: "10.1.1.0/33")
        } throws: { ($0 as? PaletteError)?.message.contains("not a valid prefix") == true }
        #expect {
            _ = try DesignEditor.set(example, path: "vnet-hub", field: "colour", value: "x")
        } throws: {
            ($0 as? PaletteError)?.message.hasPrefix("virtual network has no field colour; fields: addressPrefixes")
                == true
        }
        #expect {
            _ = try DesignEditor.set(example, path: "vnet-none", field: "location", value: "x")
        } throws: { ($0 as? PaletteError)?.message == "nothing at vnet-none" }
        let subnet = try DesignEditor.set(
            example, path: "vnet-spoke1/subnets/snet-app", field: "prefix", value: "10.1.2.0/24")
        #expect(subnet.virtualNetworks[1].subnets[0].addressPrefixes == ["10.1.2.0/24"])
    }

    @Test func deleteRemovesOnlyThatResource() throws {
        let design = try DesignEditor.delete(example, path: "vnet-spoke2")
        #expect(!design.virtualNetworks.contains { $0.name == "vnet-spoke2" })
        #expect(design.virtualNetworks[0].virtualNetworkPeerings.count == 3)
        let rule = try DesignEditor.delete(example, path: "nsg-spoke1/rules/deny-all-inbound")
        #expect(rule.networkSecurityGroups[0].securityRules.count == 2)
    }

    @Test func presetsSetBothHalvesTheHubAndSpokeWay() throws {
        var design = try DesignEditor.addVirtualNetwork(
            example, name: "vnet-spoke4", prefix: "10.4.0.0/16", region: nil)
        design = try DesignEditor.peer(design, "vnet-spoke4", "vnet-hub")
        let spokePath = "vnet-spoke4/virtualNetworkPeerings/vnet-spoke4-to-vnet-hub"
        let transit = try DesignEditor.apply(.gatewayTransit, toPeering: spokePath, in: design)
        let hubHalf = transit.virtualNetworks[0].virtualNetworkPeerings.last!
        let spokeHalf = transit.virtualNetworks.last!.virtualNetworkPeerings[0]
        #expect(hubHalf.allowGatewayTransit && !hubHalf.useRemoteGateways)
        #expect(spokeHalf.useRemoteGateways && !spokeHalf.allowGatewayTransit)
        let nva = try DesignEditor.apply(.spokeToSpokeViaHubAppliance, toPeering: spokePath, in: design)
        #expect(nva.virtualNetworks[0].virtualNetworkPeerings.last!.allowForwardedTraffic)
        #expect(nva.virtualNetworks.last!.virtualNetworkPeerings[0].allowForwardedTraffic)
    }

    @Test func toggleFlipsFlagsOnly() throws {
        let design = try DesignEditor.toggle(
            example, path: "vnet-spoke1/peerings/spoke1-to-hub", field: "useRemoteGateways")
        #expect(design.virtualNetworks[1].virtualNetworkPeerings[0].useRemoteGateways == false)
        #expect(throws: PaletteError.self) { _ = try DesignEditor.toggle(example, path: "vnet-hub", field: "location") }
    }

    @Test func locationsResolvePathsAndAliases() {
        #expect(ResourceLocation("vnet-hub/peerings/hub-to-spoke2", in: example) == .peering(0, 1))
        #expect(ResourceLocation("nsg-spoke3/rules/allow-bastion-ssh-rdp", in: example) == .securityRule(2, 0))
        #expect(ResourceLocation("rt-gateway/routes/spoke2-via-firewall", in: example) == .route(1, 1))
        #expect(ResourceLocation("afw-hub", in: example) == .azureFirewall(0))
        #expect(ResourceLocation("vnet-hub/subnets/nope", in: example) == nil)
        #expect(ResourceLocation.peering(0, 1).path(in: example) == "vnet-hub/virtualNetworkPeerings/hub-to-spoke2")
    }
}
