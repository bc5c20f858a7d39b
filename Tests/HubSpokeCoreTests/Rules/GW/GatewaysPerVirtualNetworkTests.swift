import Testing

@testable import HubSpokeCore

struct GatewaysPerVirtualNetworkTests {
    typealias F = GatewayRuleFixtures

    @Test func firesOnSecondVPNGateway() {
        var d = F.hub()
        d.virtualNetworkGateways.append(VirtualNetworkGateway(name: "vgw2", subnet: "vnet-hub/subnets/GatewaySubnet"))
        let findings = F.run(GatewaysPerVirtualNetwork(), d)
        #expect(findings.count == 1)
        #expect(findings[0].rule == "GW-002" && findings[0].severity == .error)
        #expect(findings[0].resources == ["vgw2", "vgw", "vnet-hub"])
        #expect(findings[0].message.contains("second Vpn gateway in vnet-hub"))
    }

    @Test func vpnAndExpressRouteMayCoexist() {
        var d = F.hub()
        d.virtualNetworkGateways.append(
            VirtualNetworkGateway(
                name: "ergw", gatewayType: "ExpressRoute", vpnType: nil, sku: "ErGw1AZ",
                subnet: "vnet-hub/subnets/GatewaySubnet"))
        #expect(F.run(GatewaysPerVirtualNetwork(), d).isEmpty)
    }
}
