import Testing

@testable import HubSpokeCore

@Suite struct ReservedRangeInAddressSpaceTests {
    typealias F = AddressRuleFixtures

    @Test(arguments: [
        ("224.1.0.0/16", "multicast"), ("127.0.0.0/16", "loopback"), ("169.254.0.0/24", "link-local"),
        ("168.63.128.0/23", "platform DNS"), ("255.255.255.0/24", "broadcast"),
    ])
    func fires(prefix: String, meaning: String) throws {
        let findings = F.run(ReservedRangeInAddressSpace(), F.design([F.vnet("vnet-a", prefix)]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "ADDR-004")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["vnet-a"])
        #expect(finding.message.contains(meaning))
        #expect(finding.message.contains("Use private space such as"))
    }

    @Test(arguments: ["168.63.130.0/24", "169.253.0.0/16", "223.255.255.0/24", "128.0.0.0/8", "10.0.0.0/8"])
    func silentJustOutside(prefix: String) {
        #expect(F.run(ReservedRangeInAddressSpace(), F.design([F.vnet("vnet-a", prefix)])).isEmpty)
    }
}
