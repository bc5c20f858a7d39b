import Testing

@testable import HubSpokeCore

struct SecurityGroupOnGatewaySubnetTests {
    typealias F = SubnetRuleFixtures

    @Test func firesWithNSG() {
        var d = F.design(F.subnet("GatewaySubnet", "10.0.0.0/27", nsg: "nsg-gw"))
        d.networkSecurityGroups = [NetworkSecurityGroup(name: "nsg-gw")]
        let findings = F.run(SecurityGroupOnGatewaySubnet(), d)
        #expect(findings.count == 1)
        #expect(findings[0].rule == "SUB-012" && findings[0].severity == .error)
        #expect(findings[0].resources == ["vnet-a/subnets/GatewaySubnet", "nsg-gw"])
        #expect(findings[0].field == "networkSecurityGroup")
        #expect(findings[0].message.contains("NetworkSecurityGroupCannotBeAttachedToGatewaySubnet"))
    }

    @Test func gatewaySubnetWithoutNSGAndOtherSubnetWithNSGPass() {
        var d = F.design(F.subnet("GatewaySubnet", "10.0.0.0/27"), F.subnet("snet-app", "10.0.1.0/24", nsg: "nsg-gw"))
        d.networkSecurityGroups = [NetworkSecurityGroup(name: "nsg-gw")]
        #expect(F.run(SecurityGroupOnGatewaySubnet(), d).isEmpty)
    }
}
