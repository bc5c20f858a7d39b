import Testing

@testable import HubSpokeCore

/// A design with one route table `rt` holding `routes`, associated with spoke1's subnet.
private func table(_ routes: [Route]) -> Design {
    var design = PeeringFixtures.hub(spokes: 1)
    design.addRouteTable("rt", routes, on: ["vnet-spoke1/subnets/snet-app"])
    return design
}

@Suite struct RouteNextHopTypeInvalidTests {
    @Test func firesOnASystemOnlyNextHopType() throws {
        let design = table([Route(name: "to-hub", addressPrefix: "10.0.0.0/16", nextHopType: "VNetPeering")])
        let f = try #require(PeeringFixtures.findings(RouteNextHopTypeInvalid(), design).first)
        #expect(f.rule == "RT-001" && f.severity == .error)
        #expect(f.resources == ["rt/routes/to-hub", "rt"])
        #expect(f.field == "nextHopType")
        #expect(f.message.contains("only as a system route"))
    }

    @Test func nearMissValidTypeInAnotherCaseDoesNotFire() {
        let design = table([
            Route(name: "r", addressPrefix: "0.0.0.0/0", nextHopType: "virtualappliance", nextHopIpAddress: "10.0.1.4")
        ])
        #expect(PeeringFixtures.findings(RouteNextHopTypeInvalid(), design).isEmpty)
    }
}

@Suite struct ApplianceRouteWithoutAddressTests {
    @Test(arguments: [nil, "", "10.0.1.400"] as [String?])
    func firesWithoutAValidAddress(_ address: String?) throws {
        let design = table([
            Route(name: "r", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance", nextHopIpAddress: address)
        ])
        let f = try #require(PeeringFixtures.findings(ApplianceRouteWithoutAddress(), design).first)
        #expect(f.rule == "RT-002" && f.severity == .error)
        #expect(f.resources.first == "rt/routes/r")
        #expect(f.field == "nextHopIpAddress")
        #expect(f.message.contains("ARM rejects"))
    }

    @Test func nearMissWithAnAddressDoesNotFire() {
        #expect(PeeringFixtures.findings(ApplianceRouteWithoutAddress(), table([.appliance("r", "0.0.0.0/0")])).isEmpty)
    }
}

@Suite struct NextHopAddressOnNonApplianceRouteTests {
    @Test func firesOnAnInternetRouteWithAnAddress() throws {
        let design = table([
            Route(name: "r", addressPrefix: "0.0.0.0/0", nextHopType: "Internet", nextHopIpAddress: "10.0.1.4")
        ])
        let f = try #require(PeeringFixtures.findings(NextHopAddressOnNonApplianceRoute(), design).first)
        #expect(f.rule == "RT-003" && f.severity == .error)
        #expect(f.resources.first == "rt/routes/r")
        #expect(f.message.contains("only for VirtualAppliance"))
    }

    @Test func nearMissApplianceOrEmptyAddressDoesNotFire() {
        let design = table([
            .appliance("a", "10.2.0.0/16"),
            Route(name: "b", addressPrefix: "0.0.0.0/0", nextHopType: "Internet", nextHopIpAddress: ""),
        ])
        #expect(PeeringFixtures.findings(NextHopAddressOnNonApplianceRoute(), design).isEmpty)
    }
}

@Suite struct RoutePrefixInvalidTests {
    @Test(arguments: [
        ("10.2.0.1/16", "network address is 10.2.0.0/16"), ("10.0.0.0/33", "prefix length"),
        ("Internet", "NSG tag"), ("10.2.0.4", "without a prefix length"), ("not a prefix!", "is not valid"),
    ])
    func firesOnInvalidPrefixes(_ prefix: String, _ phrase: String) throws {
        let design = table([Route(name: "r", addressPrefix: prefix, nextHopType: "None")])
        let f = try #require(PeeringFixtures.findings(RoutePrefixInvalid(), design).first)
        #expect(f.rule == "RT-007" && f.severity == .error)
        #expect(f.resources.first == "rt/routes/r")
        #expect(f.field == "addressPrefix")
        #expect(f.message.contains(phrase))
    }

    @Test(arguments: ["10.2.0.0/16", "Storage", "AzureCloud.westeurope", "fd00:db8::/64"])
    func nearMissCIDRsAndServiceTagsDoNotFire(_ prefix: String) {
        let design = table([Route(name: "r", addressPrefix: prefix, nextHopType: "Internet")])
        #expect(PeeringFixtures.findings(RoutePrefixInvalid(), design).isEmpty)
    }
}

@Suite struct DuplicateRouteInTableTests {
    @Test func firesOnARepeatedPrefix() throws {
        let design = table([
            .appliance("a", "10.2.0.0/16"), Route(name: "b", addressPrefix: "10.2.0.0/16", nextHopType: "None"),
        ])
        let findings = PeeringFixtures.findings(DuplicateRouteInTable(), design)
        #expect(findings.count == 1)
        let f = try #require(findings.first)
        #expect(f.rule == "RT-008" && f.severity == .error)
        #expect(f.resources == ["rt/routes/b", "rt/routes/a"])
        #expect(f.field == "addressPrefix")
    }

    @Test func firesOnARepeatedName() throws {
        let design = table([.appliance("a", "10.2.0.0/16"), .appliance("A", "10.3.0.0/16")])
        let f = try #require(PeeringFixtures.findings(DuplicateRouteInTable(), design).first)
        #expect(f.field == "name")
        #expect(f.message.contains("two routes named A"))
    }

    @Test func nearMissDistinctRoutesDoNotFire() {
        let design = table([.appliance("a", "10.2.0.0/16"), .appliance("b", "10.2.0.0/17")])
        #expect(PeeringFixtures.findings(DuplicateRouteInTable(), design).isEmpty)
    }
}

@Suite struct RouteTableAcrossRegionOrSubscriptionTests {
    static func design(table: Placement, vnet: Placement) -> Design {
        var design = table_([.appliance("r", "0.0.0.0/0")])
        design.routeTables[0].placement = table
        design[vnet: "vnet-spoke1"].placement = vnet
        return design
    }

    private static func table_(_ routes: [Route]) -> Design { table(routes) }

    @Test func firesAcrossRegions() throws {
        let design = Self.design(table: Placement(location: "westeurope"), vnet: Placement(location: "eastus"))
        let f = try #require(PeeringFixtures.findings(RouteTableAcrossRegionOrSubscription(), design).first)
        #expect(f.rule == "RT-009" && f.severity == .error)
        #expect(f.resources == ["vnet-spoke1/subnets/snet-app", "rt"])
        #expect(f.field == "routeTable")
        #expect(f.message.contains("rt is in westeurope and vnet-spoke1 in eastus"))
    }

    @Test func firesAcrossSubscriptions() throws {
        let design = Self.design(table: Placement(subscriptionId: "s1"), vnet: Placement(subscriptionId: "s2"))
        let f = try #require(PeeringFixtures.findings(RouteTableAcrossRegionOrSubscription(), design).first)
        #expect(f.message.contains("subscription s1"))
    }

    @Test func nearMissSameOrUndecidableRegionDoesNotFire() {
        let same = Self.design(table: Placement(location: "West Europe"), vnet: Placement(location: "westeurope"))
        #expect(PeeringFixtures.findings(RouteTableAcrossRegionOrSubscription(), same).isEmpty)
        let unknown = Self.design(table: Placement(), vnet: Placement(location: "eastus"))
        #expect(PeeringFixtures.findings(RouteTableAcrossRegionOrSubscription(), unknown).isEmpty)
    }
}

@Suite struct NoneRouteDropsTrafficTests {
    @Test func reportsABlackHoleOverAnotherVNet() throws {
        var design = PeeringFixtures.hub(spokes: 2)
        design.addRouteTable(
            "rt", [Route(name: "block-spoke2", addressPrefix: "10.2.0.0/16", nextHopType: "None")],
            on: ["vnet-spoke1/subnets/snet-app"])
        let f = try #require(PeeringFixtures.findings(NoneRouteDropsTraffic(), design).first)
        #expect(f.rule == "RT-017" && f.severity == .info)
        #expect(f.resources == ["rt/routes/block-spoke2", "rt"])
        #expect(f.message.contains("address space of vnet-spoke2"))
    }

    @Test func nearMissNoNoneRouteDoesNotFire() {
        #expect(PeeringFixtures.findings(NoneRouteDropsTraffic(), table([.appliance("r", "10.2.0.0/16")])).isEmpty)
    }
}
