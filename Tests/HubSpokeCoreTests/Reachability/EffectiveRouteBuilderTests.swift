import HubSpokeCore
import Testing

/// Effective routes per subnet, like Network Watcher's: which routes exist, their source and
/// whether they are active.
struct EffectiveRouteBuilderTests {
    func table(_ design: Design, _ subnet: String) throws -> EffectiveRouteTable {
        try ReachabilityAnalyzer(design: design).effectiveRoutes(subnet: subnet)
    }

    func rows(_ table: EffectiveRouteTable) -> [String] {
        table.routes.map {
            "\($0.source.rawValue) \($0.state.rawValue) \($0.addressPrefix) \($0.nextHopType!.rawValue)"
        }
    }

    @Test func tutorialSubnetHasLocalPeeringInternetAndNoneRoutes() throws {
        let routes = try table(Examples.tutorial, "vnet-prod-ae-wv-001/subnets/PrimarySubnet")
        #expect(
            rows(routes) == [
                "Default Active 10.30.0.0/16 VnetLocal", "Default Active 10.20.0.0/16 VNetPeering",
                "Default Active 0.0.0.0/0 Internet", "Default Active 10.0.0.0/8 None",
                "Default Active 172.16.0.0/12 None", "Default Active 192.168.0.0/16 None",
                "Default Active 100.64.0.0/10 None",
            ])
    }

    @Test func oneSidedPeeringGivesNoPeeringRoute() throws {
        var design = Examples.tutorial
        design.virtualNetworks[1].virtualNetworkPeerings = []
        let routes = try table(design, "vnet-prod-ae-wv-001/subnets/PrimarySubnet")
        #expect(!routes.routes.contains { $0.nextHopType == .vnetPeering })
    }

    @Test func privateRangeInsideTheVNetSpaceHasNoNoneRoute() throws {
        var design = Examples.tutorial
        design.virtualNetworks[0].addressPrefixes = ["10.0.0.0/8"]
        design.virtualNetworks[0].subnets[0].addressPrefixes = ["10.30.10.0/24"]
        let routes = try table(design, "vnet-prod-ae-wv-001/subnets/PrimarySubnet")
        #expect(!rows(routes).contains("Default Active 10.0.0.0/8 None"))
        #expect(rows(routes).contains("Default Active 10.0.0.0/8 VnetLocal"))
    }

    @Test func defaultUDRInvalidatesTheNoneRoutesAndTheInternetRoute() throws {
        let routes = try table(Examples.hubAndSpoke, "vnet-spoke1/subnets/snet-app")
        let invalid = routes.routes.filter { $0.state == .invalid }.map(\.addressPrefix)
        #expect(invalid == ["0.0.0.0/0", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"])
        #expect(routes.routes.last?.origin == "rt-spokes/routes/default-to-firewall")
        #expect(routes.routes.last?.source == .user)
    }

    /// Gateway routes reach a spoke only through gateway transit and only while its route
    /// table propagates them (GW-008).
    struct TransitCase: CustomTestStringConvertible, Sendable {
        var name: String
        var hubAllowsTransit: Bool
        var spokeUsesRemote: Bool
        var disablePropagation: Bool?
        var expectsGatewayRoute: Bool
        var testDescription: String { name }
    }

    static let transitCases: [TransitCase] = [
        TransitCase(
            name: "transit on both halves", hubAllowsTransit: true, spokeUsesRemote: true, disablePropagation: nil,
            expectsGatewayRoute: true),
        TransitCase(
            name: "hub does not allow transit", hubAllowsTransit: false, spokeUsesRemote: true,
            disablePropagation: nil, expectsGatewayRoute: false),
        TransitCase(
            name: "spoke does not use remote gateways", hubAllowsTransit: true, spokeUsesRemote: false,
            disablePropagation: nil, expectsGatewayRoute: false),
        TransitCase(
            name: "route table disables propagation", hubAllowsTransit: true, spokeUsesRemote: true,
            disablePropagation: true, expectsGatewayRoute: false),
        TransitCase(
            name: "route table keeps propagation", hubAllowsTransit: true, spokeUsesRemote: true,
            disablePropagation: false, expectsGatewayRoute: true),
    ]

    @Test(arguments: transitCases)
    func gatewayRoutesThroughTransit(_ c: TransitCase) throws {
        var design = Examples.hubAndSpoke
        design.virtualNetworks[0].virtualNetworkPeerings[0].allowGatewayTransit = c.hubAllowsTransit
        design.virtualNetworks[1].virtualNetworkPeerings[0].useRemoteGateways = c.spokeUsesRemote
        if let disable = c.disablePropagation {
            design.routeTables[0].disableBgpRoutePropagation = disable
        } else {
            design.virtualNetworks[1].subnets[0].routeTable = nil
        }
        let routes = try table(design, "vnet-spoke1/subnets/snet-app")
        let gateway = routes.routes.filter { $0.source == .virtualNetworkGateway }
        #expect(gateway.map(\.addressPrefix) == (c.expectsGatewayRoute ? ["192.168.0.0/16"] : []))
        #expect(gateway.allSatisfy { $0.origin == "vgw-hub" && $0.nextHopType == .virtualNetworkGateway })
    }

    @Test func gatewaySubnetUDRsOverrideThePeeringRoutes() throws {
        let routes = try table(Examples.hubAndSpoke, "vnet-hub/subnets/GatewaySubnet")
        let peering = routes.routes.filter { $0.nextHopType == .vnetPeering }
        #expect(peering.count == 3)
        #expect(peering.allSatisfy { $0.state == .invalid })
        #expect(routes.routes.contains { $0.source == .virtualNetworkGateway && $0.state == .active })
    }

    @Test(arguments: [
        (Route(name: "tag", addressPrefix: "Storage", nextHopType: "Internet"), "service tag"),
        (Route(name: "peer", addressPrefix: "10.9.0.0/16", nextHopType: "VNetPeering"), "RT-001"),
        (Route(name: "nva", addressPrefix: "10.9.0.0/16", nextHopType: "VirtualAppliance"), "RT-002"),
    ])
    func userRoutesAzureCannotUseAreInvalid(route: Route, reason: String) throws {
        var design = Examples.tutorial
        design.routeTables = [RouteTable(name: "rt", routes: [route])]
        design.virtualNetworks[0].subnets[0].routeTable = "rt"
        let routes = try table(design, "vnet-prod-ae-wv-001/subnets/PrimarySubnet")
        let user = try #require(routes.routes.first { $0.source == .user })
        #expect(user.state == .invalid)
        #expect(user.origin == "rt/routes/\(route.name)")
        #expect(user.note?.contains(reason) == true)
    }

    @Test func unknownSubnetPathIsAnError() {
        #expect(throws: ReachabilityError.unknownSubnet("vnet-hub/subnets/nope")) {
            try ReachabilityAnalyzer(design: Examples.hubAndSpoke).effectiveRoutes(subnet: "vnet-hub/subnets/nope")
        }
    }
}
