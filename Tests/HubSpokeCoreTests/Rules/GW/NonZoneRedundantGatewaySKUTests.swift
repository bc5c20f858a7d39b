import Testing

@testable import HubSpokeCore

struct NonZoneRedundantGatewaySKUTests {
    typealias F = GatewayRuleFixtures

    @Test(arguments: [
        ("Vpn", "VpnGw2", "VpnGw2AZ"), ("Vpn", "Standard", "VpnGw1AZ"), ("Vpn", "HighPerformance", "VpnGw2AZ"),
        ("ExpressRoute", "Standard", "ErGw1AZ"), ("ExpressRoute", "UltraPerformance", "ErGw3AZ"),
    ])
    func firesOnNonAZSKU(type: String, sku: String, better: String) {
        let d = F.hub(
            gateway: VirtualNetworkGateway(
                name: "vgw", gatewayType: type, sku: sku, subnet: "vnet-hub/subnets/GatewaySubnet"))
        let findings = F.run(NonZoneRedundantGatewaySKU(), d)
        #expect(findings.count == 1)
        #expect(findings.first?.rule == "GW-005")
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.resources == ["vgw"])
        #expect(findings.first?.field == "sku")
        #expect(findings.first?.message.contains("should use \(better)") == true)
    }

    @Test(arguments: [
        ("Vpn", "VpnGw2AZ"), ("Vpn", "Basic"), ("ExpressRoute", "ErGw1AZ"), ("ExpressRoute", "ErGwScale"),
    ])
    func azAndBasicSKUsPass(type: String, sku: String) {
        let d = F.hub(
            gateway: VirtualNetworkGateway(
                name: "vgw", gatewayType: type, sku: sku, subnet: "vnet-hub/subnets/GatewaySubnet"))
        #expect(F.run(NonZoneRedundantGatewaySKU(), d).isEmpty)
    }
}
