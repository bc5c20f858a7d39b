import Testing

@testable import HubSpokeCore

struct SubnetPrefixSyntaxTests {
    typealias F = SubnetRuleFixtures

    @Test(arguments: [
        ("10.0.1.1/24", "host bits", "10.0.1.0/24"),
        ("10.0.1.0/33", "not valid CIDR", "prefix length"),
        ("10.0.1.0", "not valid CIDR", "network/length"),
    ])
    func firesOnBadPrefix(prefix: String, phrase: String, detail: String) {
        let findings = F.run(SubnetPrefixSyntax(), F.design(F.subnet("snet-app", prefix)))
        #expect(findings.count == 1)
        #expect(findings.first?.rule == "SUB-001")
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.resources == ["vnet-a/subnets/snet-app"])
        #expect(findings.first?.field == "addressPrefixes")
        #expect(findings.first?.message.contains(phrase) == true)
        #expect(findings.first?.message.contains(detail) == true)
    }

    @Test func firesOnMissingPrefix() {
        let findings = F.run(SubnetPrefixSyntax(), F.design(Subnet(name: "snet-empty")))
        #expect(findings.map(\.rule) == ["SUB-001"])
        #expect(findings.first?.message.contains("no address prefix") == true)
    }

    @Test func validDualStackPrefixesPass() {
        let findings = F.run(SubnetPrefixSyntax(), F.design(F.subnet("snet-app", "10.0.1.0/24", "fd00:db8:0:1::/64")))
        #expect(findings.isEmpty)
    }

    @Test func unknownPrefixIsNotReported() {
        let unknowns = UnknownValues([
            .init(resource: "vnet-a/subnets/snet-app", field: "addressPrefixes", sourceText: "subnetPrefix")
        ])
        let findings = F.run(
            SubnetPrefixSyntax(), F.design(F.subnet("snet-app", "${subnetPrefix}")), unknowns: unknowns)
        #expect(findings.isEmpty)
    }
}
