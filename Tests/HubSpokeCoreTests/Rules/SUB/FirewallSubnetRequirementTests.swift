import Testing

@testable import HubSpokeCore

struct FirewallSubnetRequirementTests {
    typealias F = SubnetRuleFixtures

    @Test func firesWhenFirewallSubnetIsTooSmall() {
        let findings = F.run(FirewallSubnetRequirement(), F.design(F.subnet("AzureFirewallSubnet", "10.0.1.0/27")))
        #expect(findings.count == 1)
        #expect(findings[0].rule == "SUB-015" && findings[0].severity == .error)
        #expect(findings[0].resources == ["vnet-a/subnets/AzureFirewallSubnet"])
        #expect(findings[0].message.contains("smaller than /26"))
    }

    @Test func firesWhenFirewallIsInAnotherSubnet() {
        var d = F.design(F.subnet("snet-fw", "10.0.1.0/26"))
        d.azureFirewalls = [AzureFirewall(name: "afw", subnet: "vnet-a/subnets/snet-fw")]
        let findings = F.run(FirewallSubnetRequirement(), d)
        #expect(findings.map(\.resources) == [["afw", "vnet-a/subnets/snet-fw"]])
        #expect(findings.first?.message.contains("only into a subnet named AzureFirewallSubnet") == true)
    }

    @Test func firesWhenTheVNetHasNoFirewallSubnet() {
        var d = F.design(F.subnet("snet-app", "10.0.1.0/24"))
        d.azureFirewalls = [AzureFirewall(name: "afw", subnet: "vnet-a/subnets/AzureFirewallSubnet")]
        let findings = F.run(FirewallSubnetRequirement(), d)
        #expect(findings.first?.message.contains("vnet-a has no AzureFirewallSubnet") == true)
    }

    @Test func slash26WithFirewallPasses() {
        var d = F.design(F.subnet("AzureFirewallSubnet", "10.0.1.0/26"))
        d.azureFirewalls = [AzureFirewall(name: "afw", subnet: "vnet-a/subnets/AzureFirewallSubnet")]
        #expect(F.run(FirewallSubnetRequirement(), d).isEmpty)
    }
}
