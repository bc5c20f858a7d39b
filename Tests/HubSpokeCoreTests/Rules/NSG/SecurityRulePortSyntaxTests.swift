import Testing

@testable import HubSpokeCore

@Suite struct SecurityRulePortSyntaxTests {
    typealias F = SecurityGroupRuleFixtures

    @Test func firesOnEachMalformedValueWithItsField() {
        let rule = F.rule("web", sourcePort: "70000", port: nil, ports: ["443", "8080-8000", "22,3389"])
        let findings = F.run(SecurityRulePortSyntax(), on: F.design([rule]))
        #expect(findings.count == 3)
        #expect(
            findings.allSatisfy { $0.rule == "NSG-006" && $0.severity == .error && $0.resources == [F.path("web")] })
        #expect(
            findings.contains { $0.field == "sourcePortRange" && $0.message.contains("port 70000 is outside 0-65535") })
        #expect(findings.contains { $0.field == "destinationPortRanges" && $0.message.contains("write 8000-8080") })
        #expect(
            findings.contains { $0.field == "destinationPortRanges" && $0.message.contains("holds several values") })
    }

    @Test func quietOnWellFormedValues() {
        let rule = F.rule(sourcePort: "*", port: nil, ports: ["0", "443", "8000-8080", "65535"])
        #expect(F.run(SecurityRulePortSyntax(), on: F.design([rule])).isEmpty)
    }
}
