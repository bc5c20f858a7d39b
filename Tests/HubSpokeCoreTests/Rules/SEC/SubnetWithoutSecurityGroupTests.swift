import Testing

@testable import HubSpokeCore

@Suite struct SubnetWithoutSecurityGroupTests {
    @Test func firesAsInfoForAWorkloadSubnet() throws {
        let design = SecurityGroupRuleFixtures.design([], attached: false)
        let finding = try #require(SecurityGroupRuleFixtures.run(SubnetWithoutSecurityGroup(), on: design).first)
        #expect(finding.rule == "SEC-010")
        #expect(finding.severity == .info)
        #expect(finding.resources == [SecurityGroupRuleFixtures.subnetPath])
        #expect(finding.field == "networkSecurityGroup")
        #expect(finding.message.contains("has no NSG"))
    }

    @Test func quietWithAnNSGAndForTheExemptSubnets() {
        let exempt = [
            "GatewaySubnet", "AzureFirewallSubnet", "AzureFirewallManagementSubnet", "RouteServerSubnet",
            "AzureBastionSubnet",
        ]
        var design = SecurityGroupRuleFixtures.design([])
        design.virtualNetworks[0].subnets += exempt.enumerated().map { i, name in
            Subnet(name: name, addressPrefixes: ["10.1.\(10 + i).0/26"])
        }
        #expect(SecurityGroupRuleFixtures.run(SubnetWithoutSecurityGroup(), on: design).isEmpty)
    }
}
