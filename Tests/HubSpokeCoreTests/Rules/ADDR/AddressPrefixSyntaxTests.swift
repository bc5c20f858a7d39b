import Testing

@testable import HubSpokeCore

@Suite struct AddressPrefixSyntaxTests {
    typealias F = AddressRuleFixtures

    @Test(arguments: ["10.0.0.0/33", "10.0.0/16", "10.0.0.0", "fd00::/129", "ten.0.0.0/8"])
    func firesOnMalformedPrefix(prefix: String) throws {
        let findings = F.run(AddressPrefixSyntax(), F.design([F.vnet("vnet-a", "10.1.0.0/16", prefix)]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "ADDR-001")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["vnet-a"])
        #expect(finding.field == "addressPrefixes")
        #expect(finding.message.contains("'\(prefix)' is not valid CIDR"))
    }

    @Test(arguments: ["10.0.0.0/16", "fd00:db8::/48", "10.0.0.1/16"])
    func silentOnValidCIDRAndOnHostBits(prefix: String) {
        // Host bits set is ADDR-002's, not a syntax error.
        #expect(F.run(AddressPrefixSyntax(), F.design([F.vnet("vnet-a", prefix)])).isEmpty)
    }

    @Test func unknownPrefixIsNotReported() {
        let unknowns = UnknownValues([.init(resource: "vnet-a", field: "addressPrefixes", sourceText: "prefix")])
        #expect(F.run(AddressPrefixSyntax(), F.design([F.vnet("vnet-a", "${prefix}")]), unknowns: unknowns).isEmpty)
    }
}
