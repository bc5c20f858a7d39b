import Testing

@testable import HubSpokeCore

struct ReservedSubnetNameNearMissTests {
    typealias F = SubnetRuleFixtures

    @Test(arguments: [
        ("snet-GatewaySubnet", "GatewaySubnet"), ("GatewaySubnet01", "GatewaySubnet"),
        ("AzureFirewalSubnet", "AzureFirewallSubnet"), ("AzureBastionSubnt", "AzureBastionSubnet"),
        ("RouteServerSubnets", "RouteServerSubnet"), ("AzureGatewaySubnet", "GatewaySubnet"),
    ])
    func firesOnNearMiss(name: String, reserved: String) {
        let findings = F.run(ReservedSubnetNameNearMiss(), F.design(F.subnet(name, "10.0.0.0/26")))
        #expect(findings.count == 1)
        #expect(findings.first?.rule == "SUB-022")
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.resources == ["vnet-a/subnets/\(name)"])
        #expect(findings.first?.message.contains("looks like the reserved name \(reserved)") == true)
    }

    @Test func caseDifferenceIsOnlyInformation() {
        let findings = F.run(ReservedSubnetNameNearMiss(), F.design(F.subnet("gatewaysubnet", "10.0.0.0/27")))
        #expect(findings.map(\.severity) == [.info])
        #expect(findings.first?.message.contains("without regard to case") == true)
    }

    @Test(arguments: ["GatewaySubnet", "AzureFirewallManagementSubnet", "snet-app", "snet-gateway", "subnet-1"])
    func exactAndUnrelatedNamesPass(name: String) {
        #expect(F.run(ReservedSubnetNameNearMiss(), F.design(F.subnet(name, "10.0.0.0/26"))).isEmpty)
    }
}
