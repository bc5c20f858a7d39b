import Testing

@testable import HubSpokeCore

@Suite struct SpokeEgressBypassesFirewallTests {
    typealias P = SecurityPostureRuleFixtures

    @Test func firesOnAnExplicitInternetDefaultRoute() throws {
        let findings = SecurityGroupRuleFixtures.run(
            SpokeEgressBypassesFirewall(), on: P.hubDesign(spokeRoutes: [P.toInternet]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "SEC-009")
        #expect(finding.severity == .warning)
        #expect(finding.resources == ["vnet-spoke/subnets/snet-app", "rt-spoke/routes/default", "afw-hub"])
        #expect(finding.message.contains("0.0.0.0/0 -> Internet"))
        #expect(finding.message.contains("bypasses hub firewall afw-hub"))
    }

    @Test func firesWhenNoRouteOverridesTheSystemDefault() throws {
        let finding = try #require(
            SecurityGroupRuleFixtures.run(SpokeEgressBypassesFirewall(), on: P.hubDesign(spokeRoutes: nil)).first)
        #expect(finding.resources == ["vnet-spoke/subnets/snet-app", "afw-hub"])
        #expect(finding.message.contains("system route"))
    }

    @Test func quietWhenTheSpokeRoutesToTheFirewall() {
        #expect(
            SecurityGroupRuleFixtures.run(SpokeEgressBypassesFirewall(), on: P.hubDesign(spokeRoutes: [P.toFirewall]))
                .isEmpty)
    }

    @Test func quietWithoutAFirewall() {
        var design = P.hubDesign(spokeRoutes: [P.toInternet])
        design.azureFirewalls = []
        #expect(SecurityGroupRuleFixtures.run(SpokeEgressBypassesFirewall(), on: design).isEmpty)
    }
}
