import Testing

@testable import HubSpokeCore

@Suite struct VirtualNetworksPerRegionTests {
    typealias F = LimitRuleFixtures

    @Test func firesOnThe1001stVNetOfARegion() throws {
        let findings = F.run(VirtualNetworksPerRegion(), Design(virtualNetworks: F.vnets(1001, region: "westeurope")))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "LIM-001")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["vnet-1000"])
        #expect(finding.message.contains("1001 virtual networks in westeurope"))
    }

    @Test func silentAtTheLimitOrSpreadOverRegions() {
        #expect(F.run(VirtualNetworksPerRegion(), Design(virtualNetworks: F.vnets(1000))).isEmpty)
        let spread = F.vnets(600, region: "westeurope") + F.vnets(600, region: "northeurope", from: 600)
        #expect(F.run(VirtualNetworksPerRegion(), Design(virtualNetworks: spread)).isEmpty)
    }

    @Test func regionsCompareLikeAzure() {
        let mixed = F.vnets(600, region: "West Europe") + F.vnets(401, region: "westeurope", from: 600)
        #expect(F.run(VirtualNetworksPerRegion(), Design(virtualNetworks: mixed)).count == 1)
    }
}
