import Testing

@testable import HubSpokeCore

struct BasicGatewayTransitTests {
    typealias F = GatewayRuleFixtures

    private func design(sku: String, useRemoteGateways: Bool) -> Design {
        var d = F.hub(gateway: VirtualNetworkGateway(name: "vgw", sku: sku, subnet: "vnet-hub/subnets/GatewaySubnet"))
        F.addSpoke(&d, 1, useRemoteGateways: useRemoteGateways)
        return d
    }

    @Test func firesWhenBasicGatewayCarriesTransit() {
        let findings = F.run(BasicGatewayTransit(), design(sku: "Basic", useRemoteGateways: true))
        #expect(findings.count == 1)
        #expect(findings[0].rule == "GW-010" && findings[0].severity == .error)
        #expect(
            findings[0].resources == [
                "vgw", "vnet-hub/virtualNetworkPeerings/hub-to-spoke1",
                "vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub",
            ])
        #expect(findings[0].message.contains("Basic SKU but is used for gateway transit"))
    }

    @Test func basicWithoutTransitAndAZWithTransitPass() {
        #expect(F.run(BasicGatewayTransit(), design(sku: "Basic", useRemoteGateways: false)).isEmpty)
        #expect(F.run(BasicGatewayTransit(), design(sku: "VpnGw1AZ", useRemoteGateways: true)).isEmpty)
    }
}

extension BasicGatewayTransitTests {
    @Test func unknownTransitFlagsAreNotGuessed() {
        let d = design(sku: "Basic", useRemoteGateways: true)
        let unknowns = UnknownValues([
            .init(
                resource: "vnet-hub/virtualNetworkPeerings/hub-to-spoke1", field: "allowGatewayTransit", sourceText: "p"
            ),
            .init(
                resource: "vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub", field: "useRemoteGateways",
                sourceText: "p"),
        ])
        #expect(Validator(rules: [BasicGatewayTransit()]).validate(d, unknowns: unknowns).isEmpty)
    }
}
