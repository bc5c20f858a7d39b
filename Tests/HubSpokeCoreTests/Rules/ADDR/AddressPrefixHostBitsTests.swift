import Testing

@testable import HubSpokeCore

@Suite struct AddressPrefixHostBitsTests {
    typealias F = AddressRuleFixtures

    @Test func firesAndNamesTheNetworkAddress() throws {
        let findings = F.run(AddressPrefixHostBits(), F.design([F.vnet("vnet-a", "10.0.0.1/16")]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "ADDR-002")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["vnet-a"])
        #expect(finding.message.contains("Use the network address 10.0.0.0/16"))
    }

    @Test func silentOnNetworkAddressAndOnMalformed() {
        #expect(F.run(AddressPrefixHostBits(), F.design([F.vnet("vnet-a", "10.0.0.0/16", "10.0.0.0/33")])).isEmpty)
    }
}
