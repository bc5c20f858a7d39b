import Testing

@testable import HubSpokeCore

struct GatewayTypeAndVPNTypeTests {
    typealias F = GatewayRuleFixtures

    @Test func firesOnUnknownGatewayType() {
        let d = F.hub(
            gateway: VirtualNetworkGateway(
                name: "vgw", gatewayType: "LocalGateway", subnet: "vnet-hub/subnets/GatewaySubnet"))
        let findings = F.run(GatewayTypeAndVPNType(), d)
        #expect(findings.count == 1)
        #expect(findings[0].rule == "GW-003" && findings[0].severity == .error)
        #expect(findings[0].resources == ["vgw"])
        #expect(findings[0].field == "gatewayType")
        #expect(findings[0].message.contains("only Vpn or ExpressRoute"))
    }

    @Test func firesOnPolicyBasedOutsideBasic() {
        let d = F.hub(
            gateway: VirtualNetworkGateway(
                name: "vgw", vpnType: "PolicyBased", sku: "VpnGw1AZ", subnet: "vnet-hub/subnets/GatewaySubnet"))
        let findings = F.run(GatewayTypeAndVPNType(), d)
        #expect(findings.map(\.field) == ["vpnType"])
        #expect(findings.first?.message.contains("only on the Basic SKU") == true)
    }

    @Test func routeBasedAndBasicPolicyBasedPass() {
        #expect(F.run(GatewayTypeAndVPNType(), F.hub()).isEmpty)
        let basic = F.hub(
            gateway: VirtualNetworkGateway(
                name: "vgw", gatewayType: "vpn", vpnType: "PolicyBased", sku: "Basic",
                subnet: "vnet-hub/subnets/GatewaySubnet"))
        #expect(F.run(GatewayTypeAndVPNType(), basic).isEmpty)
    }
}
