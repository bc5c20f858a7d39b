import Testing

@testable import HubSpokeCore

@Suite struct RemoteGatewaysWithoutTransitTests {
    @Test func firesWhenTheHubHalfDoesNotOfferTransit() throws {
        var design = PeeringFixtures.hub(spokes: 1, gateway: true)
        design[vnet: "vnet-hub"].virtualNetworkPeerings[0].allowGatewayTransit = false
        let f = try #require(PeeringFixtures.findings(RemoteGatewaysWithoutTransit(), design).first)
        #expect(f.rule == "PEER-009" && f.severity == .error)
        #expect(
            f.resources == [
                "vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub", "vnet-hub/virtualNetworkPeerings/hub-to-spoke1",
            ])
        #expect(f.field == "useRemoteGateways")
        #expect(f.message.contains("does not set allowGatewayTransit"))
    }

    @Test func nearMissTransitOfferedDoesNotFire() {
        #expect(
            PeeringFixtures.findings(RemoteGatewaysWithoutTransit(), PeeringFixtures.hub(spokes: 1, gateway: true))
                .isEmpty)
    }

    @Test func skipsWhenTheRemoteFlagIsNotKnown() {
        var design = PeeringFixtures.hub(spokes: 1, gateway: true)
        design[vnet: "vnet-hub"].virtualNetworkPeerings[0].allowGatewayTransit = false
        let unknowns = UnknownValues([
            .init(
                resource: "vnet-hub/virtualNetworkPeerings/hub-to-spoke1", field: "allowGatewayTransit", sourceText: "p"
            )
        ])
        #expect(Validator(rules: [RemoteGatewaysWithoutTransit()]).validate(design, unknowns: unknowns).isEmpty)
    }
}

@Suite struct RemoteGatewaysWithoutGatewayTests {
    @Test func firesWhenTheHubHasNoGateway() throws {
        var design = PeeringFixtures.hub(spokes: 1, gateway: true)
        design.virtualNetworkGateways = []
        let f = try #require(PeeringFixtures.findings(RemoteGatewaysWithoutGateway(), design).first)
        #expect(f.rule == "PEER-010" && f.severity == .error)
        #expect(f.resources == ["vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub", "vnet-hub"])
        #expect(f.message.contains("RemoteVnetHasNoGateways"))
    }

    @Test func nearMissGatewayPresentOrCheckSkippedDoesNotFire() {
        #expect(
            PeeringFixtures.findings(RemoteGatewaysWithoutGateway(), PeeringFixtures.hub(spokes: 1, gateway: true))
                .isEmpty)
        var unverified = PeeringFixtures.hub(spokes: 1, gateway: true)
        unverified.virtualNetworkGateways = []
        unverified[vnet: "vnet-spoke1"].virtualNetworkPeerings[0].doNotVerifyRemoteGateways = true
        #expect(PeeringFixtures.findings(RemoteGatewaysWithoutGateway(), unverified).isEmpty)
    }

    @Test func aRouteServerCountsAsAGateway() {
        var design = PeeringFixtures.hub(spokes: 1, gateway: true)
        design.virtualNetworkGateways = []
        design[vnet: "vnet-hub"].subnets.append(Subnet(name: "RouteServerSubnet", addressPrefixes: ["10.0.3.0/27"]))
        design.routeServers = [RouteServer(name: "rs-hub", subnet: "vnet-hub/subnets/RouteServerSubnet")]
        #expect(PeeringFixtures.findings(RemoteGatewaysWithoutGateway(), design).isEmpty)
    }
}

@Suite struct RemoteGatewaysWithLocalGatewayTests {
    @Test func firesWhenTheSpokeHasItsOwnGateway() throws {
        var design = PeeringFixtures.hub(spokes: 1, gateway: true)
        design[vnet: "vnet-spoke1"].subnets.append(Subnet(name: "GatewaySubnet", addressPrefixes: ["10.1.0.0/27"]))
        design.virtualNetworkGateways.append(
            VirtualNetworkGateway(name: "vgw-spoke1", subnet: "vnet-spoke1/subnets/GatewaySubnet"))
        let f = try #require(PeeringFixtures.findings(RemoteGatewaysWithLocalGateway(), design).first)
        #expect(f.rule == "PEER-011" && f.severity == .error)
        #expect(f.resources == ["vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub", "vgw-spoke1"])
        #expect(f.message.contains("has its own gateway vgw-spoke1"))
    }

    @Test func nearMissGatewayOnlyInTheHubDoesNotFire() {
        #expect(
            PeeringFixtures.findings(RemoteGatewaysWithLocalGateway(), PeeringFixtures.hub(spokes: 1, gateway: true))
                .isEmpty)
    }
}

@Suite struct RemoteGatewaysOnSeveralPeeringsTests {
    @Test func firesOnTheSecondPeeringThatUsesRemoteGateways() throws {
        var design = PeeringFixtures.hub(spokes: 2, gateway: true)
        design[vnet: "vnet-spoke1"].virtualNetworkPeerings.append(
            VirtualNetworkPeering(
                name: "spoke1-to-spoke2", remoteVirtualNetwork: "vnet-spoke2", useRemoteGateways: true))
        let findings = PeeringFixtures.findings(RemoteGatewaysOnSeveralPeerings(), design)
        #expect(findings.count == 1)
        let f = try #require(findings.first)
        #expect(f.rule == "PEER-012" && f.severity == .error)
        #expect(
            f.resources == [
                "vnet-spoke1/virtualNetworkPeerings/spoke1-to-spoke2",
                "vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub",
            ])
    }

    @Test func nearMissOnePeeringPerVNetDoesNotFire() {
        #expect(
            PeeringFixtures.findings(RemoteGatewaysOnSeveralPeerings(), PeeringFixtures.hub(spokes: 2, gateway: true))
                .isEmpty)
    }
}

@Suite struct GatewayTransitWithoutGatewayTests {
    @Test func firesWhenTransitIsOfferedWithoutAGateway() throws {
        var design = PeeringFixtures.hub(spokes: 1, gateway: true)
        design.virtualNetworkGateways = []
        let f = try #require(PeeringFixtures.findings(GatewayTransitWithoutGateway(), design).first)
        #expect(f.rule == "PEER-013" && f.severity == .warning)
        #expect(f.resources.first == "vnet-hub/virtualNetworkPeerings/hub-to-spoke1")
        #expect(f.field == "allowGatewayTransit")
        #expect(f.message.contains("does nothing now"))
    }

    @Test func nearMissTransitWithAGatewayDoesNotFire() {
        #expect(
            PeeringFixtures.findings(GatewayTransitWithoutGateway(), PeeringFixtures.hub(spokes: 1, gateway: true))
                .isEmpty)
    }
}

@Suite struct ContradictoryGatewayFlagsTests {
    @Test func firesWhenBothHalvesUseRemoteGateways() throws {
        var design = PeeringFixtures.hub(spokes: 1, gateway: true)
        design[vnet: "vnet-hub"].virtualNetworkPeerings[0].useRemoteGateways = true
        let findings = PeeringFixtures.findings(ContradictoryGatewayFlags(), design)
        #expect(findings.count == 1)
        let f = try #require(findings.first)
        #expect(f.rule == "PEER-014" && f.severity == .warning)
        #expect(
            f.resources == [
                "vnet-hub/virtualNetworkPeerings/hub-to-spoke1", "vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub",
            ])
        #expect(f.message.contains("both set useRemoteGateways"))
    }

    @Test func firesWhenBothOfferTransitWithGatewaysOnBothSides() throws {
        var design = PeeringFixtures.hub(spokes: 1, gateway: true)
        design[vnet: "vnet-spoke1"].virtualNetworkPeerings[0].useRemoteGateways = false
        design[vnet: "vnet-spoke1"].virtualNetworkPeerings[0].allowGatewayTransit = true
        design[vnet: "vnet-spoke1"].subnets.append(Subnet(name: "GatewaySubnet", addressPrefixes: ["10.1.0.0/27"]))
        design.virtualNetworkGateways.append(
            VirtualNetworkGateway(name: "vgw-spoke1", subnet: "vnet-spoke1/subnets/GatewaySubnet"))
        let f = try #require(PeeringFixtures.findings(ContradictoryGatewayFlags(), design).first)
        #expect(f.field == "allowGatewayTransit")
    }

    @Test func nearMissTransitOnTheHubAndUseOnTheSpokeDoesNotFire() {
        #expect(
            PeeringFixtures.findings(ContradictoryGatewayFlags(), PeeringFixtures.hub(spokes: 2, gateway: true)).isEmpty
        )
    }
}

@Suite struct GatewayTransitAcrossRegionsTests {
    static func design(spokeRegion: String) -> Design {
        var design = PeeringFixtures.hub(spokes: 1, gateway: true)
        design.virtualNetworkGateways[0].gatewayType = "ExpressRoute"
        design.virtualNetworkGateways[0].sku = "ErGw1AZ"
        design[vnet: "vnet-hub"].placement.location = "westeurope"
        design[vnet: "vnet-spoke1"].placement.location = spokeRegion
        return design
    }

    @Test func firesForARemoteExpressRouteGatewayInAnotherRegion() throws {
        let f = try #require(
            PeeringFixtures.findings(GatewayTransitAcrossRegions(), Self.design(spokeRegion: "northeurope")).first)
        #expect(f.rule == "PEER-015" && f.severity == .info)
        #expect(f.resources.first == "vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub")
        #expect(f.message.contains("FastPath"))
    }

    @Test func nearMissSameRegionDoesNotFire() {
        #expect(
            PeeringFixtures.findings(GatewayTransitAcrossRegions(), Self.design(spokeRegion: "West Europe")).isEmpty)
    }
}

@Suite struct BasicLoadBalancerOverGlobalPeeringTests {
    static func design(sku: String, regionOfB: String) -> Design {
        var design = PeeringFixtures.pair()
        design[vnet: "vnet-a"].placement.location = "eastus"
        design[vnet: "vnet-b"].placement.location = regionOfB
        design.loadBalancers = [
            LoadBalancer(
                name: "lb-b", sku: sku,
                frontendIPConfigurations: [
                    LoadBalancerFrontend(name: "fe", subnet: "vnet-b/subnets/snet-b", privateIPAddress: "10.20.1.10")
                ])
        ]
        return design
    }

    @Test func firesForABasicLoadBalancerBehindGlobalPeering() throws {
        let f = try #require(
            PeeringFixtures.findings(
                BasicLoadBalancerOverGlobalPeering(), Self.design(sku: "Basic", regionOfB: "westeurope")
            ).first)
        #expect(f.rule == "PEER-016" && f.severity == .info)
        #expect(f.resources == ["lb-b", "vnet-a/virtualNetworkPeerings/a-to-b"])
        #expect(f.message.contains("vnet-a (eastus)"))
    }

    @Test func nearMissStandardOrSameRegionDoesNotFire() {
        #expect(
            PeeringFixtures.findings(
                BasicLoadBalancerOverGlobalPeering(), Self.design(sku: "Standard", regionOfB: "westeurope")
            ).isEmpty)
        #expect(
            PeeringFixtures.findings(
                BasicLoadBalancerOverGlobalPeering(), Self.design(sku: "Basic", regionOfB: "eastus")
            ).isEmpty)
    }
}
