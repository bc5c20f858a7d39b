import Testing

@testable import HubSpokeCore

struct BastionSubnetRequirementTests {
    typealias F = SubnetRuleFixtures

    @Test func firesForSmallBastionSubnet() {
        let findings = F.run(BastionSubnetRequirement(), F.design(F.subnet("AzureBastionSubnet", "10.0.2.0/27")))
        #expect(findings.count == 1)
        #expect(findings[0].rule == "SUB-018" && findings[0].severity == .error)
        #expect(findings[0].resources == ["vnet-a/subnets/AzureBastionSubnet"])
        #expect(findings[0].message.contains("smaller than /26"))
    }

    @Test func firesForBastionInAnotherSubnet() {
        var d = F.design(F.subnet("snet-bastion", "10.0.2.0/26"))
        d.bastionHosts = [BastionHost(name: "bas", sku: "Standard", subnet: "vnet-a/subnets/snet-bastion")]
        let findings = F.run(BastionSubnetRequirement(), d)
        #expect(findings.map(\.resources) == [["bas", "vnet-a/subnets/snet-bastion"]])
        #expect(findings.first?.message.contains("only into a subnet named AzureBastionSubnet") == true)
    }

    @Test func developerSKUNeedsNoSubnet() {
        var d = F.design(F.subnet("snet-app", "10.0.1.0/24"))
        d.bastionHosts = [BastionHost(name: "bas", sku: "Developer", virtualNetwork: "vnet-a")]
        #expect(F.run(BastionSubnetRequirement(), d).isEmpty)
        d.bastionHosts[0].sku = "Basic"
        #expect(F.run(BastionSubnetRequirement(), d).first?.message.contains("has no subnet") == true)
    }

    @Test func slash26Passes() {
        var d = F.design(F.subnet("AzureBastionSubnet", "10.0.2.0/26"))
        d.bastionHosts = [BastionHost(name: "bas", subnet: "vnet-a/subnets/AzureBastionSubnet")]
        #expect(F.run(BastionSubnetRequirement(), d).isEmpty)
    }
}
