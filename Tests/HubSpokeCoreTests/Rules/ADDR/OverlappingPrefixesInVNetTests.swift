import Testing

@testable import HubSpokeCore

@Suite struct OverlappingPrefixesInVNetTests {
    typealias F = AddressRuleFixtures

    @Test func firesOnNestedPrefix() throws {
        let findings = F.run(OverlappingPrefixesInVNet(), F.design([F.vnet("vnet-a", "10.0.0.0/16", "10.0.4.0/24")]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "ADDR-007")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["vnet-a"])
        #expect(finding.message.contains("10.0.4.0/24 lies inside 10.0.0.0/16"))
    }

    @Test func firesOnADuplicate() throws {
        let findings = F.run(OverlappingPrefixesInVNet(), F.design([F.vnet("vnet-a", "10.0.0.0/16", "10.0.0.0/16")]))
        #expect(try #require(findings.first).message.contains("lists 10.0.0.0/16 twice"))
    }

    @Test func silentOnAdjacentPrefixesAndAcrossVNets() {
        let design = F.design([
            F.vnet("vnet-a", "10.0.0.0/24", "10.0.1.0/24", "fd00::/48"), F.vnet("vnet-b", "10.0.0.0/24"),
        ])
        #expect(F.run(OverlappingPrefixesInVNet(), design).isEmpty)
    }
}
