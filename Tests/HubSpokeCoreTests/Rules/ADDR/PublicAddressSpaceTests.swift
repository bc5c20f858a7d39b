import Testing

@testable import HubSpokeCore

@Suite struct PublicAddressSpaceTests {
    typealias F = AddressRuleFixtures

    @Test func firesOnPublicSpace() throws {
        let findings = F.run(PublicAddressSpace(), F.design([F.vnet("vnet-a", "20.10.0.0/16")]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "ADDR-006")
        #expect(finding.severity == .warning)
        #expect(finding.resources == ["vnet-a"])
        #expect(finding.message.contains("20.10.0.0/16 is publicly routable"))
        #expect(finding.message.contains("such as 10.0.0.0/16"))
    }

    @Test func firesOnAPrefixThatSpillsOutOfPrivateSpace() throws {
        let findings = F.run(PublicAddressSpace(), F.design([F.vnet("vnet-a", "10.0.0.0/7")]))
        let finding = try #require(findings.first)
        #expect(finding.message.contains("includes publicly routable addresses (11.0.0.0 to 11.255.255.255)"))
    }

    @Test(arguments: [
        "10.0.0.0/8", "172.16.0.0/12", "192.168.10.0/24", "100.64.0.0/10", "198.18.0.0/15", "224.0.0.0/4", "0.0.0.0/0",
    ])
    func silentOnPrivateSpecialAndRefused(prefix: String) {
        #expect(F.run(PublicAddressSpace(), F.design([F.vnet("vnet-a", prefix)])).isEmpty)
    }
}
