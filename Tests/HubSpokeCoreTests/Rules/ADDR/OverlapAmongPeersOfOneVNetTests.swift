import Testing

@testable import HubSpokeCore

@Suite struct OverlapAmongPeersOfOneVNetTests {
    typealias F = AddressRuleFixtures

    @Test func firesForTwoOverlappingSpokesOfOneHub() throws {
        let design = F.design(
            [
                F.vnet("vnet-hub", "10.0.0.0/16"), F.vnet("vnet-spoke1", "10.1.0.0/16"),
                F.vnet("vnet-spoke2", "10.1.0.0/20"),
            ],
            peered: [("vnet-hub", "vnet-spoke1"), ("vnet-hub", "vnet-spoke2")])
        let findings = F.run(OverlapAmongPeersOfOneVNet(), design)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "ADDR-013")
        #expect(finding.severity == .error)
        #expect(
            finding.resources.prefix(3) == [
                "vnet-spoke2", "vnet-spoke1", "vnet-hub/virtualNetworkPeerings/vnet-hub-to-vnet-spoke2",
            ])
        #expect(
            finding.message.hasPrefix(
                "vnet-spoke2 (10.1.0.0/20) overlaps vnet-spoke1 (10.1.0.0/16), and both are peered with vnet-hub"))
        #expect(finding.message.contains("VnetAddressSpaceOverlapsWithAlreadyPeeredVnet"))
        #expect(finding.message.contains("Move vnet-spoke2 to a free range such as 10.2.0.0/20."))
    }

    @Test func silentWhenTheSpokesAreDisjoint() {
        let design = F.design(
            [
                F.vnet("vnet-hub", "10.0.0.0/16"), F.vnet("vnet-spoke1", "10.1.0.0/16"),
                F.vnet("vnet-spoke2", "10.2.0.0/16"),
            ],
            peered: [("vnet-hub", "vnet-spoke1"), ("vnet-hub", "vnet-spoke2")])
        #expect(F.run(OverlapAmongPeersOfOneVNet(), design).isEmpty)
    }

    @Test func silentWhenTheOverlappingPairIsPeeredDirectly() {
        // That pair is ADDR-008's; it is not reported twice.
        let design = F.design(
            [
                F.vnet("vnet-hub", "10.0.0.0/16"), F.vnet("vnet-spoke1", "10.1.0.0/16"),
                F.vnet("vnet-spoke2", "10.1.0.0/16"),
            ],
            peered: [("vnet-hub", "vnet-spoke1"), ("vnet-hub", "vnet-spoke2"), ("vnet-spoke1", "vnet-spoke2")])
        #expect(F.run(OverlapAmongPeersOfOneVNet(), design).isEmpty)
        #expect(F.run(PeeredAddressSpacesOverlap(), design).count == 1)
    }

    @Test func silentWhenTheOverlappingSpokesHaveDifferentHubs() {
        let design = F.design(
            [
                F.vnet("vnet-hub1", "10.0.0.0/16"), F.vnet("vnet-hub2", "10.100.0.0/16"),
                F.vnet("vnet-spoke1", "10.1.0.0/16"),
                F.vnet("vnet-spoke2", "10.1.0.0/16"),
            ],
            peered: [("vnet-hub1", "vnet-spoke1"), ("vnet-hub2", "vnet-spoke2")])
        #expect(F.run(OverlapAmongPeersOfOneVNet(), design).isEmpty)
    }
}
