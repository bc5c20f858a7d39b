import Testing

@testable import HubSpokeCore

struct FirewallManagementSubnetRequirementTests {
    typealias F = SubnetRuleFixtures

    private func design(tier: String, management: String?, managementPrefix: String = "10.0.2.0/26") -> Design {
        var d = F.design(
            F.subnet("AzureFirewallSubnet", "10.0.1.0/26"), F.subnet("AzureFirewallManagementSubnet", managementPrefix))
        d.azureFirewalls = [
            AzureFirewall(
                name: "afw", skuTier: tier, subnet: "vnet-a/subnets/AzureFirewallSubnet", managementSubnet: management)
        ]
        return d
    }

    @Test func firesForBasicWithoutManagementSubnet() {
        let findings = F.run(FirewallManagementSubnetRequirement(), design(tier: "Basic", management: nil))
        #expect(findings.count == 1)
        #expect(findings[0].rule == "SUB-016" && findings[0].severity == .error)
        #expect(findings[0].resources == ["afw"])
        #expect(findings[0].field == "managementSubnet")
        #expect(findings[0].message.contains("Basic SKU but has no management IP configuration"))
    }

    @Test func firesForSmallManagementSubnet() {
        let d = design(
            tier: "Standard", management: "vnet-a/subnets/AzureFirewallManagementSubnet",
            managementPrefix: "10.0.2.0/28")
        let findings = F.run(FirewallManagementSubnetRequirement(), d)
        #expect(findings.map(\.resources) == [["vnet-a/subnets/AzureFirewallManagementSubnet", "afw"]])
        #expect(findings.first?.message.contains("forced-tunnelling") == true)
    }

    @Test func firesForWronglyNamedManagementSubnet() {
        var d = design(tier: "Basic", management: "vnet-a/subnets/snet-mgmt")
        d.virtualNetworks[0].subnets.append(F.subnet("snet-mgmt", "10.0.3.0/26"))
        #expect(
            F.run(FirewallManagementSubnetRequirement(), d).first?.message.contains("needs the subnet named") == true)
    }

    @Test func standardWithoutManagementAndBasicWithOnePass() {
        #expect(F.run(FirewallManagementSubnetRequirement(), design(tier: "Standard", management: nil)).isEmpty)
        let d = design(tier: "Basic", management: "vnet-a/subnets/AzureFirewallManagementSubnet")
        #expect(F.run(FirewallManagementSubnetRequirement(), d).isEmpty)
    }
}
