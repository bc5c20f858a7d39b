import Testing

@testable import HubSpokeCore

struct BasicGatewayLimitsTests {
    typealias F = GatewayRuleFixtures

    private func basic(bgp: Bool = false, activeActive: Bool = false) -> Design {
        F.hub(
            gateway: VirtualNetworkGateway(
                name: "vgw", sku: "Basic", subnet: "vnet-hub/subnets/GatewaySubnet", enableBgp: bgp,
                activeActive: activeActive))
    }

    @Test func firesOnBasicWithBGPAndActiveActive() {
        let findings = F.run(BasicGatewayLimits(), basic(bgp: true, activeActive: true))
        #expect(findings.map(\.rule) == ["GW-004", "GW-004"])
        #expect(findings.allSatisfy { $0.severity == .info && $0.resources == ["vgw"] })
        #expect(Set(findings.compactMap(\.field)) == ["enableBgp", "activeActive"])
        #expect(findings.contains { $0.message.contains("has no BGP") })
    }

    @Test func firesOnMoreThanTenTunnels() {
        var d = basic()
        d.connections = (0..<11).map { GatewayConnection(name: "cn\($0)", virtualNetworkGateway1: "vgw") }
        #expect(F.run(BasicGatewayLimits(), d).first?.message.contains("11 site-to-site connections") == true)
        d.connections.removeLast()
        #expect(F.run(BasicGatewayLimits(), d).isEmpty)
    }

    @Test func plainBasicAndBGPOnAZSKUPass() {
        #expect(F.run(BasicGatewayLimits(), basic()).isEmpty)
        let az = F.hub(
            gateway: VirtualNetworkGateway(name: "vgw", subnet: "vnet-hub/subnets/GatewaySubnet", enableBgp: true))
        #expect(F.run(BasicGatewayLimits(), az).isEmpty)
    }
}
