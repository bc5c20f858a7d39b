import Testing

@testable import HubSpokeCore

@Suite struct EmptyAddressSpaceTests {
    typealias F = AddressRuleFixtures

    @Test func firesOnVNetWithoutPrefixes() throws {
        let design = F.design([F.vnet("vnet-a", "10.0.0.0/16"), VirtualNetwork(name: "vnet-empty")])
        let findings = F.run(EmptyAddressSpace(), design)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "ADDR-003")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["vnet-empty"])
        #expect(finding.message.contains("has no address prefix"))
        #expect(finding.message.contains("10.1.0.0/16"))
    }

    @Test func silentWithOnePrefixOrWhenExisting() {
        let design = F.design([
            F.vnet("vnet-a", "10.0.0.0/16"), VirtualNetwork(name: "vnet-elsewhere", isExisting: true),
        ])
        #expect(F.run(EmptyAddressSpace(), design).isEmpty)
    }
}
