import Testing

@testable import HubSpokeCore

@Suite struct SpokesWithoutPathTests {
    @Test func firesForSpokesOfOneHubWithNoPathToEachOther() throws {
        let findings = PeeringFixtures.findings(SpokesWithoutPath(), PeeringFixtures.hub(spokes: 3))
        let f = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(f.rule == "PEER-005" && f.severity == .info)
        #expect(f.resources == ["vnet-hub", "vnet-spoke1", "vnet-spoke2", "vnet-spoke3"])
        #expect(f.message.contains("not transitive"))
        #expect(f.message.contains("3 pairs"))
    }

    @Test func nearMissARouteOneWayIsAPath() {
        var design = PeeringFixtures.hub(spokes: 2)
        design.addRouteTable(
            "rt-spoke1", [.appliance("to-spoke2", "10.2.0.0/16")], on: ["vnet-spoke1/subnets/snet-app"])
        #expect(PeeringFixtures.findings(SpokesWithoutPath(), design).isEmpty)
    }

    @Test func nearMissDirectlyPeeredSpokesHaveAPath() {
        var design = PeeringFixtures.hub(spokes: 2)
        design[vnet: "vnet-spoke1"].virtualNetworkPeerings.append(
            VirtualNetworkPeering(name: "s1-to-s2", remoteVirtualNetwork: "vnet-spoke2"))
        design[vnet: "vnet-spoke2"].virtualNetworkPeerings.append(
            VirtualNetworkPeering(name: "s2-to-s1", remoteVirtualNetwork: "vnet-spoke1"))
        #expect(PeeringFixtures.findings(SpokesWithoutPath(), design).isEmpty)
    }
}

@Suite struct SpokeRouteToOtherSpokeMissingTests {
    @Test func firesOnTheSpokeThatHasNoRouteBack() throws {
        var design = PeeringFixtures.hub(spokes: 2)
        design.addRouteTable("rt-spoke1", [.appliance("default", "0.0.0.0/0")], on: ["vnet-spoke1/subnets/snet-app"])
        let findings = PeeringFixtures.findings(SpokeRouteToOtherSpokeMissing(), design)
        let f = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(f.rule == "PEER-006" && f.severity == .warning)
        #expect(f.resources == ["vnet-spoke2/subnets/snet-app", "vnet-hub", "vnet-spoke1"])
        #expect(f.field == "routeTable")
        #expect(f.message.contains("has no route to vnet-spoke1 (10.1.0.0/16)"))
        #expect(f.message.contains("10.0.0.0/8 None system route"))
        #expect(f.message.contains("rt-spoke1/routes/default"))
    }

    @Test func firesOnASiblingSubnetLeftWithoutTheRouteTable() throws {
        var design = PeeringFixtures.hub(spokes: 2)
        design[vnet: "vnet-spoke1"].subnets.append(Subnet(name: "snet-db", addressPrefixes: ["10.1.2.0/24"]))
        design.addRouteTable(
            "rt-spokes", [.appliance("default", "0.0.0.0/0")],
            on: ["vnet-spoke1/subnets/snet-app", "vnet-spoke2/subnets/snet-app"])
        let findings = PeeringFixtures.findings(SpokeRouteToOtherSpokeMissing(), design)
        #expect(findings.map { $0.resources.first } == ["vnet-spoke1/subnets/snet-db"])
        #expect(findings.first?.message.contains("vnet-spoke1 already sends traffic") == true)
    }

    @Test func nearMissDefaultRoutesInBothSpokesCoverEachOther() {
        var design = PeeringFixtures.hub(spokes: 3)
        design.addRouteTable(
            "rt-spokes", [.appliance("default", "0.0.0.0/0")],
            on: (1...3).map { "vnet-spoke\($0)/subnets/snet-app" })
        #expect(PeeringFixtures.findings(SpokeRouteToOtherSpokeMissing(), design).isEmpty)
    }

    @Test func nearMissSpecificRoutesBothWays() {
        var design = PeeringFixtures.hub(spokes: 3)
        design.addRouteTable(
            "rt-spoke1", [.appliance("to-spoke2", "10.2.0.0/16")], on: ["vnet-spoke1/subnets/snet-app"])
        design.addRouteTable(
            "rt-spoke2", [.appliance("to-spoke1", "10.1.0.0/16")], on: ["vnet-spoke2/subnets/snet-app"])
        // spoke3 was never named by a route: no intent, no finding.
        #expect(PeeringFixtures.findings(SpokeRouteToOtherSpokeMissing(), design).isEmpty)
    }

    @Test func nearMissNoRouteTablesStatesNoIntent() {
        #expect(PeeringFixtures.findings(SpokeRouteToOtherSpokeMissing(), PeeringFixtures.hub(spokes: 3)).isEmpty)
    }
}

@Suite struct ForwardedTrafficNotAllowedTests {
    static func routed(forwarded: Bool) -> Design {
        var design = PeeringFixtures.hub(spokes: 2, forwarded: forwarded)
        design.addRouteTable(
            "rt-spokes", [.appliance("default", "0.0.0.0/0")],
            on: ["vnet-spoke1/subnets/snet-app", "vnet-spoke2/subnets/snet-app"])
        return design
    }

    @Test func firesOnEachSpokePeeringThatRefusesForwardedTraffic() throws {
        let findings = PeeringFixtures.findings(ForwardedTrafficNotAllowed(), Self.routed(forwarded: false))
        #expect(findings.count == 2)
        let f = try #require(findings.first)
        #expect(f.rule == "PEER-007" && f.severity == .warning)
        #expect(f.resources == ["vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub", "vnet-hub"])
        #expect(f.field == "allowForwardedTraffic")
        #expect(f.message.contains("receive forwarded traffic from vnet-hub"))
    }

    @Test func hubSideFlagsDoNotMatter() {
        var design = Self.routed(forwarded: true)
        for p in design[vnet: "vnet-hub"].virtualNetworkPeerings.indices {
            design[vnet: "vnet-hub"].virtualNetworkPeerings[p].allowForwardedTraffic = false
        }
        #expect(PeeringFixtures.findings(ForwardedTrafficNotAllowed(), design).isEmpty)
    }

    @Test func nearMissNoSpokeToSpokeIntentDoesNotFire() {
        #expect(
            PeeringFixtures.findings(ForwardedTrafficNotAllowed(), PeeringFixtures.hub(spokes: 2, forwarded: false))
                .isEmpty)
    }
}
