import Testing

@testable import HubSpokeCore

struct TransitGatewayWithoutConnectionsTests {
    typealias F = GatewayRuleFixtures

    @Test func firesWhenSpokesUseAnUnconnectedGateway() {
        var d = F.hub()
        F.addSpoke(&d, 1)
        F.addSpoke(&d, 2)
        let findings = F.run(TransitGatewayWithoutConnections(), d)
        #expect(findings.count == 1)
        #expect(findings[0].rule == "GW-007" && findings[0].severity == .info)
        #expect(
            findings[0].resources == [
                "vgw", "vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub",
                "vnet-spoke2/virtualNetworkPeerings/spoke2-to-hub",
            ])
        #expect(findings[0].message.contains("vnet-spoke1, vnet-spoke2 use the gateway of vnet-hub (vgw)"))
    }

    @Test func connectedGatewayOrNoTransitPasses() {
        var d = F.hub()
        F.addSpoke(&d, 1)
        F.addOnPremises(&d)
        #expect(F.run(TransitGatewayWithoutConnections(), d).isEmpty)
        var noTransit = F.hub()
        F.addSpoke(&noTransit, 1, useRemoteGateways: false)
        #expect(F.run(TransitGatewayWithoutConnections(), noTransit).isEmpty)
    }
}
