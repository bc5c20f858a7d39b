import Testing

@testable import HubSpokeCore

@Suite struct SecurityRuleAddressValuesTests {
    typealias F = SecurityGroupRuleFixtures

    @Test(arguments: [
        ("10.0.0.0/33", "not a valid IP address or CIDR prefix"),
        ("10.0.0.0/8, 192.168.0.0/16", "holds several values"),
        ("vnet_hub", "is not '*', an IP address"), ("Internt", "Did you mean 'Internet'?"),
    ])
    func firesOnValuesAzureRejects(_ value: String, _ phrase: String) throws {
        let findings = F.run(SecurityRuleAddressValues(), on: F.design([F.rule("web", source: value)]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "NSG-008")
        #expect(finding.severity == .error)
        #expect(finding.resources == [F.path("web")])
        #expect(finding.field == "sourceAddressPrefix")
        #expect(finding.message.contains(phrase))
    }

    @Test(arguments: [
        "*", "10.0.0.4", "10.0.0.0/8", "fd00::/8", "Internet", "virtualnetwork", "Storage.WestEurope",
        "AzureCloud.westeurope", "SomeNewServiceTag",
    ])
    func quietOnValidOrUnknownTagShapedValues(_ value: String) {
        #expect(F.run(SecurityRuleAddressValues(), on: F.design([F.rule(destination: value)])).isEmpty)
    }

    @Test func hostBitsAreAWarningWithTheBlock() throws {
        let finding = try #require(
            F.run(SecurityRuleAddressValues(), on: F.design([F.rule(source: "10.1.1.7/24")])).first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("10.1.1.0/24"))
    }

    @Test func listsMayHoldPrefixesButNotSeveralTags() throws {
        let ok = F.rule(source: nil, sources: ["10.0.0.0/8", "192.168.0.0/16", "Storage"])
        #expect(F.run(SecurityRuleAddressValues(), on: F.design([ok])).isEmpty)
        let bad = F.rule("tags", destination: nil, destinations: ["Storage", "Sql"])
        let finding = try #require(F.run(SecurityRuleAddressValues(), on: F.design([bad])).first)
        #expect(finding.field == "destinationAddressPrefixes")
        #expect(finding.message.contains("several service tags (Storage, Sql)"))
    }
}
