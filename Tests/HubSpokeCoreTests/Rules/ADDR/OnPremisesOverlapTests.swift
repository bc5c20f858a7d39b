import Testing

@testable import HubSpokeCore

@Suite struct OnPremisesOverlapTests {
    typealias F = AddressRuleFixtures

    private func hubWithSite(site: String, spoke: String, useRemoteGateways: Bool = true, connected: Bool = true)
        -> Design
    {
        var hub = F.vnet("vnet-hub", "10.0.0.0/16")
        hub.subnets = [Subnet(name: "GatewaySubnet", addressPrefixes: ["10.0.0.0/27"])]
        var design = F.design([hub, F.vnet("vnet-spoke", spoke)])
        F.peer(&design, "vnet-spoke", "vnet-hub", useRemoteGateways: useRemoteGateways)
        design.virtualNetworkGateways = [
            VirtualNetworkGateway(name: "vgw-hub", subnet: "vnet-hub/subnets/GatewaySubnet")
        ]
        design.localNetworkGateways = [LocalNetworkGateway(name: "lng-onprem", addressPrefixes: [site])]
        if connected {
            design.connections = [
                GatewayConnection(
                    name: "cn-onprem", virtualNetworkGateway1: "vgw-hub", localNetworkGateway2: "lng-onprem")
            ]
        }
        return design
    }

    @Test func firesForASpokeUsingTheHubGateway() throws {
        let findings = F.run(OnPremisesOverlap(), hubWithSite(site: "10.1.0.0/16", spoke: "10.1.0.0/20"))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "ADDR-010")
        #expect(finding.severity == .warning)
        #expect(finding.resources == ["vnet-spoke", "lng-onprem", "cn-onprem"])
        #expect(finding.message.contains("useRemoteGateways"))
        #expect(finding.message.contains("10.1.0.0/20 overlaps 10.1.0.0/16"))
    }

    @Test func firesForTheGatewayVNetItself() throws {
        let findings = F.run(OnPremisesOverlap(), hubWithSite(site: "10.0.128.0/17", spoke: "10.1.0.0/16"))
        #expect(try #require(findings.first).resources.first == "vnet-hub")
        #expect(findings.count == 1)
    }

    @Test func silentWithoutTransitConnectionOrOverlap() {
        #expect(
            F.run(OnPremisesOverlap(), hubWithSite(site: "10.1.0.0/16", spoke: "10.1.0.0/16", useRemoteGateways: false))
                .isEmpty)
        #expect(
            F.run(OnPremisesOverlap(), hubWithSite(site: "10.1.0.0/16", spoke: "10.1.0.0/16", connected: false)).isEmpty
        )
        #expect(F.run(OnPremisesOverlap(), hubWithSite(site: "192.168.0.0/16", spoke: "10.1.0.0/16")).isEmpty)
    }

    @Test func droppedWhenTheSitePrefixesAreUnknown() {
        let unknowns = UnknownValues([
            .init(resource: "lng-onprem", field: "addressPrefixes", sourceText: "onPremRanges")
        ])
        #expect(
            F.run(OnPremisesOverlap(), hubWithSite(site: "10.1.0.0/16", spoke: "10.1.0.0/16"), unknowns: unknowns)
                .isEmpty)
    }
}
