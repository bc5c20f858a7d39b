import Testing

@testable import HubSpokeCore

struct GatewayWithoutGatewaySubnetTests {
    typealias F = GatewayRuleFixtures

    @Test func firesWhenTheVNetHasNoGatewaySubnet() {
        let d = F.hub(subnets: [Subnet(name: "snet-app", addressPrefixes: ["10.0.0.0/24"])])
        let findings = F.run(GatewayWithoutGatewaySubnet(), d)
        #expect(findings.count == 1)
        #expect(findings[0].rule == "GW-001" && findings[0].severity == .error)
        #expect(findings[0].resources == ["vgw", "vnet-hub"])
        #expect(findings[0].message.contains("vnet-hub, which has none"))
        #expect(findings[0].message.contains("such as 10.0.1.0/27"))
    }

    @Test func gatewaySubnetPresentPasses() {
        #expect(F.run(GatewayWithoutGatewaySubnet(), F.hub()).isEmpty)
    }

    @Test func wronglyNamedSubnetIsSUB009NotThisRule() {
        let d = F.hub(
            gateway: VirtualNetworkGateway(name: "vgw", subnet: "vnet-hub/subnets/snet-gw"),
            subnets: [Subnet(name: "snet-gw", addressPrefixes: ["10.0.0.0/27"])])
        #expect(F.run(GatewayWithoutGatewaySubnet(), d).isEmpty)
    }
}
