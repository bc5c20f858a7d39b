import Testing

@testable import HubSpokeCore

@Suite struct SecurityGroupSizeTests {
    typealias F = LimitRuleFixtures

    private func nsg(rules: Int) -> NetworkSecurityGroup {
        NetworkSecurityGroup(
            name: "nsg-big", securityRules: (0..<rules).map { F.rule("r\($0)", priority: 100 + $0) })
    }

    @Test func firesOver1000Rules() throws {
        let findings = F.run(SecurityGroupSize(), Design(networkSecurityGroups: [nsg(rules: 1001)]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "LIM-005")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["nsg-big"])
        #expect(finding.field == "securityRules")
        #expect(finding.message.contains("1001 rules"))
    }

    @Test func firesOver5000GroupsInARegion() throws {
        let groups = (0..<5001).map { NetworkSecurityGroup(name: "nsg-\($0)") }
        let findings = F.run(SecurityGroupSize(), Design(networkSecurityGroups: groups))
        #expect(findings.count == 1)
        #expect(try #require(findings.first).resources == ["nsg-5000"])
    }

    @Test func silentAtTheLimits() {
        #expect(F.run(SecurityGroupSize(), Design(networkSecurityGroups: [nsg(rules: 1000)])).isEmpty)
        let groups = (0..<5000).map { NetworkSecurityGroup(name: "nsg-\($0)") }
        #expect(F.run(SecurityGroupSize(), Design(networkSecurityGroups: groups)).isEmpty)
    }
}
