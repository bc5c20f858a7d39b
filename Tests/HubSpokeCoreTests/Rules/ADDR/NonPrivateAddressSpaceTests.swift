import Testing

@testable import HubSpokeCore

@Suite struct NonPrivateAddressSpaceTests {
    typealias F = AddressRuleFixtures

    @Test(arguments: [
        ("198.18.0.0/16", "benchmarking"), ("192.0.2.0/24", "documentation"), ("0.0.0.0/16", "this network"),
    ])
    func firesOnSpecialPurposeSpace(prefix: String, meaning: String) throws {
        let findings = F.run(NonPrivateAddressSpace(), F.design([F.vnet("vnet-a", prefix)]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "ADDR-005")
        #expect(finding.severity == .info)
        #expect(finding.resources == ["vnet-a"])
        #expect(finding.message.contains(meaning))
    }

    @Test(arguments: [
        "10.0.0.0/16", "172.16.0.0/12", "192.168.0.0/24", "100.64.0.0/10", "20.0.0.0/16", "224.0.0.0/8", "fd00::/48",
    ])
    func silentOnPrivatePublicRefusedAndIPv6(prefix: String) {
        // Public space is ADDR-006's warning, refused space ADDR-004's error.
        #expect(F.run(NonPrivateAddressSpace(), F.design([F.vnet("vnet-a", prefix)])).isEmpty)
    }
}
