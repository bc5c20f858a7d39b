import Testing

@testable import HubSpokeCore

struct GatewayOutsideGatewaySubnetTests {
    typealias F = SubnetRuleFixtures

    private func design(subnetName: String) -> Design {
        var d = F.design(F.subnet(subnetName, "10.0.0.0/27"))
        d.virtualNetworkGateways = [VirtualNetworkGateway(name: "vgw", subnet: "vnet-a/subnets/\(subnetName)")]
        return d
    }

    @Test func firesForAnOrdinarySubnet() {
        let findings = F.run(GatewayOutsideGatewaySubnet(), design(subnetName: "snet-gw"))
        #expect(findings.count == 1)
        let f = findings[0]
        #expect(f.rule == "SUB-009" && f.severity == .error)
        #expect(f.resources == ["vgw", "vnet-a/subnets/snet-gw"])
        #expect(f.field == "subnet")
        #expect(f.message.contains("only in a subnet named GatewaySubnet"))
        #expect(f.message.contains("Add a subnet named GatewaySubnet"))
    }

    @Test(arguments: ["GatewaySubnet", "gatewaysubnet"])
    func gatewaySubnetPassesWhateverTheCase(name: String) {
        #expect(F.run(GatewayOutsideGatewaySubnet(), design(subnetName: name)).isEmpty)
    }
}
