import Testing

@testable import HubSpokeCore

@Suite struct IPv6OnlyAddressSpaceTests {
    typealias F = AddressRuleFixtures

    @Test func firesOnIPv6Only() throws {
        let findings = F.run(IPv6OnlyAddressSpace(), F.design([F.vnet("vnet-a", "fd00:1::/48")]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "ADDR-011")
        #expect(finding.severity == .warning)
        #expect(finding.resources == ["vnet-a"])
        #expect(finding.message.contains("only IPv6 prefixes (fd00:1::/48)"))
        #expect(finding.message.contains("Add an IPv4 prefix such as 10.0.0.0/16"))
    }

    @Test func silentOnDualStackAndIPv4Only() {
        #expect(F.run(IPv6OnlyAddressSpace(), F.design([F.vnet("vnet-a", "10.0.0.0/16", "fd00:1::/48")])).isEmpty)
        #expect(F.run(IPv6OnlyAddressSpace(), F.design([F.vnet("vnet-a", "10.0.0.0/16")])).isEmpty)
    }

    @Test func silentWhenAnotherPrefixDoesNotParse() {
        #expect(F.run(IPv6OnlyAddressSpace(), F.design([F.vnet("vnet-a", "10.0.0/16", "fd00:1::/48")])).isEmpty)
    }
}
