import Testing

@testable import HubSpokeCore

@Suite struct PeeringsPerVirtualNetworkTests {
    private func design(peerings: Int) -> Design {
        var hub = VirtualNetwork(name: "vnet-hub", addressPrefixes: ["10.0.0.0/16"])
        hub.virtualNetworkPeerings = (0..<peerings).map {
            VirtualNetworkPeering(name: "hub-to-\($0)", remoteVirtualNetwork: "vnet-\($0)")
        }
        return Design(virtualNetworks: [hub])
    }

    @Test func firesOver500() throws {
        let findings = LimitRuleFixtures.run(PeeringsPerVirtualNetwork(), design(peerings: 501))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "LIM-003")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["vnet-hub"])
        #expect(finding.field == "virtualNetworkPeerings")
        #expect(finding.message.contains("501 peerings"))
        #expect(finding.message.contains("Virtual Network Manager"))
    }

    @Test func silentAt500() {
        #expect(LimitRuleFixtures.run(PeeringsPerVirtualNetwork(), design(peerings: 500)).isEmpty)
    }
}
