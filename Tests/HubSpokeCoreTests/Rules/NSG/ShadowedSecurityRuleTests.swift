import Testing

@testable import HubSpokeCore

@Suite struct ShadowedSecurityRuleTests {
    typealias F = SecurityGroupRuleFixtures

    @Test func denyUnderAnAllowAnyFires() throws {
        let design = F.design([
            F.rule("allow-all", priority: 100, protocol: "*", port: "*"),
            F.rule("deny-rdp", priority: 200, access: "Deny", source: "Internet", port: "3389"),
        ])
        let findings = F.run(ShadowedSecurityRule(), on: design)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "NSG-010")
        #expect(finding.severity == .warning)
        #expect(finding.resources == [F.path("deny-rdp"), F.path("allow-all")])
        #expect(finding.message.contains("never takes effect"))
        #expect(finding.message.contains("this Deny never applies"))
    }

    @Test func redundantAllowCoveredByPrefixAndPortRangeFires() throws {
        let design = F.design([
            F.rule("wide", priority: 100, source: "10.0.0.0/8", port: "400-500"),
            F.rule("narrow", priority: 300, source: "10.1.0.0/16", port: "443"),
        ])
        let finding = try #require(F.run(ShadowedSecurityRule(), on: design).first)
        #expect(finding.resources.first == F.path("narrow"))
        #expect(finding.message.contains("redundant"))
    }

    @Test(arguments: [
        // A port outside the earlier range.
        [
            F.rule("wide", priority: 100, source: "10.0.0.0/8", port: "400-500"),
            F.rule("b", priority: 200, source: "10.1.0.0/16", ports: ["443", "8443"]).withoutSingularPort(),
        ],
        // A source outside the earlier prefix.
        [F.rule("wide", priority: 100, source: "10.0.0.0/8"), F.rule("b", priority: 200, source: "192.168.0.0/16")],
        // A wider protocol.
        [F.rule("tcp", priority: 100), F.rule("b", priority: 200, protocol: "*")],
        // An earlier rule of the other direction.
        [F.rule("out", priority: 100, direction: "Outbound", protocol: "*", port: "*"), F.rule("b", priority: 200)],
        // The later rule comes first.
        [F.rule("b", priority: 100, source: "10.1.0.0/16"), F.rule("wide", priority: 200, source: "10.0.0.0/8")],
        // Tags and application security groups are not provably inside a prefix.
        [F.rule("wide", priority: 100, source: "10.0.0.0/8"), F.rule("b", priority: 200, source: "VirtualNetwork")],
    ])
    func quietWhenCoverageIsNotProvable(_ rules: [SecurityRule]) {
        #expect(F.run(ShadowedSecurityRule(), on: F.design(rules)).isEmpty)
    }

    @Test func applicationSecurityGroupsAreNotProvablyCovered() {
        var asgRule = F.rule("b", priority: 200, source: nil)
        asgRule.sourceApplicationSecurityGroups = ["asg-web"]
        let design = F.design([F.rule("wide", priority: 100, source: "0.0.0.0/0"), asgRule])
        #expect(F.run(ShadowedSecurityRule(), on: design).isEmpty)
    }

    @Test func rulesWithUnknownValuesTakeNoPart() {
        let design = F.design([
            F.rule("allow-all", priority: 100, protocol: "*", port: "*"), F.rule("deny", priority: 200, access: "Deny"),
        ])
        let unknowns = UnknownValues([
            .init(resource: F.path("allow-all"), field: "sourceAddressPrefix", sourceText: "allowed")
        ])
        #expect(F.run(ShadowedSecurityRule(), on: design, unknowns: unknowns).isEmpty)
    }
}

extension SecurityRule {
    fileprivate func withoutSingularPort() -> SecurityRule {
        var copy = self
        copy.destinationPortRange = nil
        return copy
    }
}
