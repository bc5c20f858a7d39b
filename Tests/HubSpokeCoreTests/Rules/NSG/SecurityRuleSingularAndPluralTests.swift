import Testing

@testable import HubSpokeCore

@Suite struct SecurityRuleSingularAndPluralTests {
    typealias F = SecurityGroupRuleFixtures

    @Test func firesWhenBothFormsHoldValues() throws {
        let rule = F.rule("web", port: "443", ports: ["80", "8080"])
        let finding = try #require(F.run(SecurityRuleSingularAndPlural(), on: F.design([rule])).first)
        #expect(finding.rule == "NSG-007")
        #expect(finding.severity == .error)
        #expect(finding.resources == [F.path("web")])
        #expect(finding.field == "destinationPortRange")
        #expect(
            finding.message.contains("sets both destinationPortRange ('443') and destinationPortRanges ('80', '8080')"))
    }

    @Test func firesForAddressPrefixesToo() {
        let rule = F.rule("web", source: "10.0.0.0/8", sources: ["192.168.0.0/16"])
        #expect(F.run(SecurityRuleSingularAndPlural(), on: F.design([rule])).map(\.field) == ["sourceAddressPrefix"])
    }

    @Test func quietWithAnEmptyPluralListAsAzureExportsIt() {
        let rule = F.rule(source: "*", sources: [], port: "443", ports: [])
        #expect(F.run(SecurityRuleSingularAndPlural(), on: F.design([rule])).isEmpty)
    }
}
