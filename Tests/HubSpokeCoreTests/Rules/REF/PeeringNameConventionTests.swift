import Testing

@testable import HubSpokeCore

@Suite struct PeeringNameConventionTests {
    private func design(_ name: String, remote: String = "vnet-spoke1") -> Design {
        Design(virtualNetworks: [
            VirtualNetwork(
                name: "vnet-hub",
                virtualNetworkPeerings: [VirtualNetworkPeering(name: name, remoteVirtualNetwork: remote)]),
            VirtualNetwork(name: "vnet-spoke1"),
        ])
    }

    @Test func firesOnAnotherName() throws {
        let findings = ReferenceRuleFixtures.run(PeeringNameConvention(), design("peer-to-secondary"))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "REF-008")
        #expect(finding.severity == .info)
        #expect(finding.resources == ["vnet-hub/virtualNetworkPeerings/peer-to-secondary"])
        #expect(finding.message.contains("name it hub-to-spoke1"))
    }

    @Test func firesWhenTheSidesAreSwapped() {
        #expect(ReferenceRuleFixtures.run(PeeringNameConvention(), design("spoke1-to-hub")).count == 1)
    }

    @Test(arguments: ["vnet-hub-to-vnet-spoke1", "hub-to-spoke1", "HUB-to-vnet-Spoke1", "vnet-hub-to-spoke1"])
    func silentOnTheConvention(name: String) {
        #expect(ReferenceRuleFixtures.run(PeeringNameConvention(), design(name)).isEmpty)
    }

    @Test func externalRemotesUseTheLastNameOfTheID() {
        let id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-partner"
        #expect(ReferenceRuleFixtures.run(PeeringNameConvention(), design("hub-to-partner", remote: id)).isEmpty)
        #expect(ReferenceRuleFixtures.run(PeeringNameConvention(), design("hub-to-other", remote: id)).count == 1)
    }
}
