import Testing

@testable import HubSpokeCore

@Suite struct LoadBalancerProbesBlockedTests {
    typealias F = SecurityGroupRuleFixtures

    private func design(_ rules: [SecurityRule], frontendSubnet: String = F.subnetPath) -> Design {
        var design = F.design(rules)
        design.loadBalancers = [
            LoadBalancer(
                name: "lb-app", frontendIPConfigurations: [LoadBalancerFrontend(name: "fe", subnet: frontendSubnet)])
        ]
        return design
    }

    private let denyAll = F.rule("deny-all", priority: 4000, access: "Deny", protocol: "*", port: "*")

    @Test func denyAllWithoutAnAllowForTheProbesFires() throws {
        let findings = F.run(
            LoadBalancerProbesBlocked(), on: design([F.rule("https", priority: 100, source: "10.0.0.0/8"), denyAll]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "NSG-016")
        #expect(finding.severity == .warning)
        #expect(finding.resources == [F.path("deny-all"), F.subnetPath, "lb-app"])
        #expect(finding.message.contains("health probes from 168.63.129.16 fail"))
    }

    @Test func denyOfTheTagToTheVirtualNetworkFires() {
        let deny = F.rule(
            "deny-lb", priority: 300, access: "Deny", source: "AzureLoadBalancer", destination: "VirtualNetwork",
            port: "*")
        #expect(F.run(LoadBalancerProbesBlocked(), on: design([deny])).map(\.rule) == ["NSG-016"])
    }

    @Test func quietWithAnEarlierAllowForTheTag() {
        let allow = F.rule("allow-lb", priority: 3900, source: "AzureLoadBalancer", port: "80")
        #expect(F.run(LoadBalancerProbesBlocked(), on: design([allow, denyAll])).isEmpty)
    }

    @Test func quietWithoutALoadBalancerInTheSubnet() {
        #expect(F.run(LoadBalancerProbesBlocked(), on: F.design([denyAll])).isEmpty)
    }

    @Test func quietWhenTheDenyDoesNotCoverTheProbeSource() {
        let deny = F.rule("deny-internet", priority: 4000, access: "Deny", protocol: "*", source: "Internet", port: "*")
        #expect(F.run(LoadBalancerProbesBlocked(), on: design([deny])).isEmpty)
    }
}
