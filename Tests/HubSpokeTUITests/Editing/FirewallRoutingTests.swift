import HubSpokeCore
import Testing

@testable import HubSpokeTUI

/// The "route spokes through the hub firewall" transform, checked with the real rule catalog
/// and the reachability analyzer on designs shaped like the built-in hub-and-spoke example.
@Suite struct FirewallRoutingTests {
    /// The built-in example before anyone routed it: no route tables, no forwarded traffic.
    static func unrouted(_ design: Design = Examples.hubAndSpoke) -> Design {
        var copy = design
        copy.routeTables = []
        for v in copy.virtualNetworks.indices {
            for s in copy.virtualNetworks[v].subnets.indices { copy.virtualNetworks[v].subnets[s].routeTable = nil }
            for p in copy.virtualNetworks[v].virtualNetworkPeerings.indices {
                copy.virtualNetworks[v].virtualNetworkPeerings[p].allowForwardedTraffic = false
            }
        }
        return copy
    }

    /// The example without its VPN gateway (and without gateway transit).
    static func withoutGateway(_ design: Design) -> Design {
        var copy = design
        copy.virtualNetworkGateways = []
        copy.connections = []
        copy.localNetworkGateways = []
        copy.publicIPAddresses.removeAll { $0.name == "pip-vgw" }
        for v in copy.virtualNetworks.indices {
            copy.virtualNetworks[v].subnets.removeAll { $0.reservedName == .gatewaySubnet }
            for p in copy.virtualNetworks[v].virtualNetworkPeerings.indices {
                copy.virtualNetworks[v].virtualNetworkPeerings[p].allowGatewayTransit = false
                copy.virtualNetworks[v].virtualNetworkPeerings[p].useRemoteGateways = false
            }
        }
        return copy
    }

    /// Spoke1 and spoke2 also peered directly.
    static func withDirectSpokePeering(_ design: Design) -> Design {
        var copy = (try? DesignEditor.peer(design, "vnet-spoke1", "vnet-spoke2")) ?? design
        for v in copy.virtualNetworks.indices {
            for p in copy.virtualNetworks[v].virtualNetworkPeerings.indices {
                copy.virtualNetworks[v].virtualNetworkPeerings[p].allowForwardedTraffic = false
            }
        }
        return copy
    }

    static func aboveInfo(_ design: Design) -> [Finding] {
        Validator().validate(design).filter { $0.severity > .info && !$0.isSuppressed }
    }

    static func routed(_ design: Design) throws -> Design {
        try FirewallRouting.apply(to: design, hub: "vnet-hub").design
    }

    static let shapes: [(String, Design)] = [
        ("with VPN gateway", unrouted()),
        ("without gateway", withoutGateway(unrouted())),
        ("spokes also peered directly", withDirectSpokePeering(unrouted())),
    ]

    @Test(arguments: 0..<shapes.count) func routedDesignValidatesWithNothingAboveInfo(_ shape: Int) throws {
        let (name, design) = Self.shapes[shape]
        // What the action is for: the unrouted design has warnings (egress bypassing the firewall...).
        #expect(!Self.aboveInfo(design).isEmpty, "\(name)")
        let after = try Self.routed(design)
        let findings = Self.aboveInfo(after)
        #expect(findings.isEmpty, "\(name): \(findings.map { "\($0.rule) \($0.message)" })")
    }

    @Test(arguments: 0..<shapes.count) func spokeToSpokeGoesThroughTheFirewallBothWays(_ shape: Int) throws {
        let (name, design) = Self.shapes[shape]
        let before = try ReachabilityAnalyzer(design: design).analyze(
            ReachabilityQuery(source: "vm-app-spoke1", destination: "vm-app-spoke2", port: 443))
        let after = try Self.routed(design)
        let analyzer = ReachabilityAnalyzer(design: after)
        for (source, destination) in [("vm-app-spoke1", "vm-app-spoke2"), ("vm-app-spoke3", "vm-app-spoke1")] {
            let result = try analyzer.analyze(ReachabilityQuery(source: source, destination: destination, port: 443))
            #expect(result.reachable == true, "\(name) \(source)→\(destination): \(result.decidedBy)")
            #expect(result.hops.contains { $0.kind == .firewall && $0.resource.contains("afw-hub") }, "\(name)")
            #expect(!result.notes.contains { $0.lowercased().contains("asymmetric") }, "\(name): \(result.notes)")
        }
        // Without the transform, spokes that are not peered directly have no path at all, and
        // directly peered ones bypass the firewall.
        #expect(before.hops.allSatisfy { $0.kind != .firewall })
    }

    @Test func onPremisesTrafficPassesTheFirewallBothWays() throws {
        let after = try Self.routed(Self.unrouted())
        let result = try ReachabilityAnalyzer(design: after).analyze(
            ReachabilityQuery(source: "vm-app-spoke2", destination: "192.168.10.5", port: 443))
        #expect(result.reachable == true, "\(result.decidedBy)")
        #expect(result.hops.contains { $0.kind == .firewall })
        #expect(result.hops.contains { $0.kind == .gateway })
        #expect(!result.notes.contains { $0.lowercased().contains("asymmetric") }, "\(result.notes)")
    }

    @Test func createsOneTablePerSpokeWithDefaultRouteAndGatewayReturnRoutes() throws {
        let after = try Self.routed(Self.unrouted())
        for spoke in ["spoke1", "spoke2", "spoke3"] {
            let table = try #require(after.routeTables.first { $0.name == "rt-\(spoke)" })
            #expect(
                table.routes == [
                    Route(
                        name: "default-to-firewall", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance",
                        nextHopIpAddress: "10.0.1.4")
                ])
            #expect(table.disableBgpRoutePropagation)
            let vnet = try #require(after.virtualNetworks.first { $0.name == "vnet-\(spoke)" })
            #expect(vnet.subnets.allSatisfy { $0.routeTable == "rt-\(spoke)" })
            #expect(vnet.virtualNetworkPeerings.allSatisfy { $0.allowForwardedTraffic })
        }
        let hub = try #require(after.virtualNetworks.first { $0.name == "vnet-hub" })
        #expect(hub.virtualNetworkPeerings.allSatisfy { $0.allowForwardedTraffic })
        #expect(hub.subnets.first { $0.name == "GatewaySubnet" }?.routeTable == "rt-hub-gateway")
        #expect(hub.subnets.first { $0.name == "AzureFirewallSubnet" }?.routeTable == nil)
        let gateway = try #require(after.routeTables.first { $0.name == "rt-hub-gateway" })
        #expect(gateway.routes.map(\.addressPrefix) == ["10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16"])
        #expect(gateway.routes.map(\.name) == ["spoke1-via-firewall", "spoke2-via-firewall", "spoke3-via-firewall"])
        #expect(gateway.routes.allSatisfy { $0.nextHopIpAddress == "10.0.1.4" })
        #expect(!gateway.disableBgpRoutePropagation)
    }

    @Test func withoutAGatewayKeepsPropagationAndAddsNoReturnRoutes() throws {
        let after = try Self.routed(Self.withoutGateway(Self.unrouted()))
        #expect(after.routeTables.map(\.name) == ["rt-spoke1", "rt-spoke2", "rt-spoke3"])
        #expect(after.routeTables.allSatisfy { !$0.disableBgpRoutePropagation })
    }

    @Test func directlyPeeredSpokesGetRoutesForEachOther() throws {
        let after = try Self.routed(Self.withDirectSpokePeering(Self.unrouted()))
        let spoke1 = try #require(after.routeTables.first { $0.name == "rt-spoke1" })
        #expect(spoke1.routes.map(\.addressPrefix) == ["0.0.0.0/0", "10.2.0.0/16"])
        #expect(spoke1.routes.last?.name == "spoke2-via-firewall")
        let spoke3 = try #require(after.routeTables.first { $0.name == "rt-spoke3" })
        #expect(spoke3.routes.map(\.addressPrefix) == ["0.0.0.0/0"])
    }

    @Test(arguments: 0..<shapes.count) func runningItTwiceGivesTheSameDesign(_ shape: Int) throws {
        let once = try Self.routed(Self.shapes[shape].1)
        #expect(try Self.routed(once) == once)
    }

    @Test func theRoutedExampleIsAlreadyAFixedPoint() throws {
        #expect(try Self.routed(Examples.hubAndSpoke) == Examples.hubAndSpoke)
    }

    @Test func existingTablesAreUpdatedInPlaceAndWrongNextHopsRepointed() throws {
        var design = Self.unrouted()
        design.routeTables = [
            RouteTable(
                name: "rt-app",
                routes: [
                    Route(name: "to-internet", addressPrefix: "0.0.0.0/0", nextHopType: "Internet"),
                    Route(name: "storage", addressPrefix: "Storage", nextHopType: "Internet"),
                ])
        ]
        design.virtualNetworks[1].subnets[0].routeTable = "rt-app"
        let after = try Self.routed(design)
        let table = try #require(after.routeTables.first { $0.name == "rt-app" })
        #expect(
            table.routes == [
                Route(
                    name: "to-internet", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance",
                    nextHopIpAddress: "10.0.1.4"),
                Route(name: "storage", addressPrefix: "Storage", nextHopType: "Internet"),
            ])
        #expect(after.virtualNetworks[1].subnets[0].routeTable == "rt-app")
        #expect(!after.routeTables.contains { $0.name == "rt-spoke1" })
    }

    @Test func reservedSubnetsOfASpokeAreLeftAlone() throws {
        var design = Self.unrouted()
        design.virtualNetworks[2].subnets.append(Subnet(name: "AzureBastionSubnet", addressPrefixes: ["10.2.2.0/26"]))
        let after = try Self.routed(design)
        #expect(after.virtualNetworks[2].subnets.map(\.routeTable) == ["rt-spoke2", nil])
    }

    @Test func derivesTheFirewallAddressOrUsesTheStatedOne() throws {
        var design = Self.unrouted()
        #expect(RouteEditing.firewallAddress(0, in: design) == "10.0.1.4")
        design.azureFirewalls[0].privateIPAddress = "10.0.1.5"
        let after = try Self.routed(design)
        #expect(after.routeTables.first?.routes.first?.nextHopIpAddress == "10.0.1.5")
    }

    @Test func refusesAHubWithoutFirewall() {
        var design = Self.unrouted()
        design.azureFirewalls = []
        #expect {
            try FirewallRouting.apply(to: design, hub: "vnet-hub")
        } throws: { error in
            (error as? PaletteError)?.message.contains(":add firewall vnet-hub") == true
        }
    }

    @Test(arguments: [
        ("vnet-nowhere", "no virtual network named vnet-nowhere"),
        ("vnet-spoke1", "vnet-spoke1 has no Azure Firewall"),
    ])
    func refusesUnknownOrFirewallLessVNets(_ hub: String, _ message: String) {
        #expect {
            try FirewallRouting.apply(to: Self.unrouted(), hub: hub)
        } throws: { error in
            (error as? PaletteError)?.message.contains(message) == true
        }
    }

    @Test func refusesAHubWithoutSpokes() {
        var design = Self.unrouted()
        design.virtualNetworks[0].virtualNetworkPeerings = []
        #expect(throws: PaletteError("vnet-hub has no spokes to route: :peer vnet-hub SPOKE first")) {
            try FirewallRouting.apply(to: design, hub: "vnet-hub")
        }
    }

    @Test func defaultHubIsTheSelectedVNetOrTheOnlyOneWithAFirewall() {
        let design = Self.unrouted()
        #expect(FirewallRouting.defaultHub(selection: "afw-hub", in: design) == "vnet-hub")
        #expect(FirewallRouting.defaultHub(selection: "vnet-spoke1", in: design) == "vnet-hub")
        #expect(FirewallRouting.defaultHub(selection: nil, in: design) == "vnet-hub")
        var none = design
        none.azureFirewalls = []
        #expect(FirewallRouting.defaultHub(selection: "vnet-hub", in: none) == nil)
    }

    /// A design typed from scratch with the palette (`:add firewall` places the firewall):
    /// routing it adds no warning or error that was not there before.
    @Test func designBuiltByTypingGetsNoNewFindingsAboveInfo() throws {
        var state = AppState(design: Design(), filePath: nil)
        for line in [
            "add vnet vnet-hub 10.0.0.0/16", "add vnet vnet-a 10.1.0.0/16", "add subnet vnet-a snet-app 10.1.1.0/24",
            "add vnet vnet-b 10.2.0.0/16", "add subnet vnet-b snet-app 10.2.1.0/24", "peer vnet-hub vnet-a",
            "peer vnet-hub vnet-b", "add firewall vnet-hub",
        ] {
            command(&state, line)
            #expect(state.message?.kind != .error, "\(line): \(state.message?.text ?? "")")
        }
        func problems(_ design: Design) -> Set<String> {
            Set(Self.aboveInfo(design).map { "\($0.rule) \($0.resources.joined(separator: ","))" })
        }
        let before = state.design
        command(&state, "route-through-firewall")
        #expect(state.design != before)
        let added = problems(state.design).subtracting(problems(before))
        #expect(added.isEmpty, "\(added)")
        #expect(state.design.routeTables.map(\.name) == ["rt-a", "rt-b"])
    }
}
