import Testing

@testable import HubSpokeCore

@Suite struct PeeredAddressSpacesOverlapTests {
    typealias F = AddressRuleFixtures

    @Test func firesOncePerPeeredPairAndMovesTheSpoke() throws {
        let design = F.design(
            [
                F.vnet("vnet-hub", "10.0.0.0/15"), F.vnet("vnet-spoke1", "10.1.0.0/16"),
                F.vnet("vnet-spoke2", "10.2.0.0/16"),
            ],
            peered: [("vnet-hub", "vnet-spoke1"), ("vnet-hub", "vnet-spoke2")])
        let findings = F.run(PeeredAddressSpacesOverlap(), design)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "ADDR-008")
        #expect(finding.severity == .error)
        #expect(
            finding.resources == [
                "vnet-spoke1", "vnet-hub", "vnet-hub/virtualNetworkPeerings/vnet-hub-to-vnet-spoke1",
                "vnet-spoke1/virtualNetworkPeerings/vnet-spoke1-to-vnet-hub",
            ])
        #expect(finding.field == "addressPrefixes")
        #expect(
            finding.message.hasPrefix(
                "vnet-spoke1 (10.1.0.0/16) overlaps vnet-hub (10.0.0.0/15): Azure rejects the peering"))
        #expect(finding.message.contains("Move vnet-spoke1 to a free range such as 10.3.0.0/16."))
    }

    @Test func aSingleHalfIsEnough() {
        var design = F.design([F.vnet("vnet-a", "10.0.0.0/16"), F.vnet("vnet-b", "10.0.128.0/17")])
        design.virtualNetworks[0].virtualNetworkPeerings = [
            VirtualNetworkPeering(name: "a-to-b", remoteVirtualNetwork: "vnet-b")
        ]
        #expect(F.run(PeeredAddressSpacesOverlap(), design).count == 1)
    }

    @Test func silentWhenNotPeeredOrDisjoint() {
        let overlappingButUnpeered = F.design([F.vnet("vnet-a", "10.0.0.0/16"), F.vnet("vnet-b", "10.0.0.0/16")])
        #expect(F.run(PeeredAddressSpacesOverlap(), overlappingButUnpeered).isEmpty)
        let peeredButDisjoint = F.design(
            [F.vnet("vnet-a", "10.0.0.0/16"), F.vnet("vnet-b", "10.1.0.0/16")], peered: [("vnet-a", "vnet-b")])
        #expect(F.run(PeeredAddressSpacesOverlap(), peeredButDisjoint).isEmpty)
    }

    @Test func silentWhenTheRemoteIsOutsideTheDesign() {
        var design = F.design([F.vnet("vnet-a", "10.0.0.0/16"), VirtualNetwork(name: "vnet-x", isExisting: true)])
        design.virtualNetworks[0].virtualNetworkPeerings = [
            VirtualNetworkPeering(name: "a-to-x", remoteVirtualNetwork: "vnet-x"),
            VirtualNetworkPeering(
                name: "a-to-ext",
                remoteVirtualNetwork:
                    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/ext"),
        ]
        #expect(F.run(PeeredAddressSpacesOverlap(), design).isEmpty)
    }

    @Test func droppedWhenAnAddressSpaceIsUnknown() {
        let design = F.design(
            [F.vnet("vnet-a", "10.0.0.0/16"), F.vnet("vnet-b", "10.0.0.0/16")], peered: [("vnet-a", "vnet-b")])
        let unknowns = UnknownValues([.init(resource: "vnet-b", field: "addressPrefixes", sourceText: "param")])
        #expect(F.run(PeeredAddressSpacesOverlap(), design, unknowns: unknowns).isEmpty)
    }
}
