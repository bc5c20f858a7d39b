import Testing

@testable import HubSpokeCore

struct GatewayPublicIPSKUTests {
    typealias F = GatewayRuleFixtures

    private func design(sku: String, allocation: String = "Static", gatewaySKU: String = "VpnGw1AZ") -> Design {
        var d = F.hub(
            gateway: VirtualNetworkGateway(
                name: "vgw", sku: gatewaySKU, subnet: "vnet-hub/subnets/GatewaySubnet", publicIPAddress: "pip-vgw"))
        d.publicIPAddresses = [PublicIPAddress(name: "pip-vgw", sku: sku, publicIPAllocationMethod: allocation)]
        return d
    }

    @Test func firesOnBasicPublicIP() {
        let findings = F.run(GatewayPublicIPSKU(), design(sku: "Basic", allocation: "Dynamic"))
        #expect(findings.count == 1)
        #expect(findings[0].rule == "GW-006" && findings[0].severity == .error)
        #expect(findings[0].resources == ["pip-vgw", "vgw"])
        #expect(findings[0].field == "sku")
        #expect(findings[0].message.contains("needs a Standard SKU public IP"))
    }

    @Test func firesOnDynamicStandardPublicIP() {
        #expect(
            F.run(GatewayPublicIPSKU(), design(sku: "Standard", allocation: "Dynamic")).map(\.field) == [
                "publicIPAllocationMethod"
            ])
    }

    @Test func standardStaticPassesAndBasicGatewayIsNotChecked() {
        #expect(F.run(GatewayPublicIPSKU(), design(sku: "Standard")).isEmpty)
        #expect(F.run(GatewayPublicIPSKU(), design(sku: "Basic", gatewaySKU: "Basic")).isEmpty)
    }
}
