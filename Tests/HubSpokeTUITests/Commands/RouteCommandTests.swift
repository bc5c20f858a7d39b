import HubSpokeCore
import Testing

@testable import HubSpokeTUI

/// `:add routetable`, `:add route` and `:route-through-firewall`: parsing, the checks of
/// `RouteEditing`, and Tab completion.
@Suite struct RouteCommandTests {
    @Test(arguments: [
        ("add routetable rt-app", PaletteCommand.addRouteTable(name: "rt-app")),
        (
            "add route rt-app to-fw 0.0.0.0/0 virtualappliance 10.0.1.4",
            .addRoute(
                table: "rt-app", name: "to-fw", prefix: "0.0.0.0/0", nextHopType: "virtualappliance",
                nextHopIpAddress: "10.0.1.4")
        ),
        (
            "add route rt-app blackhole 10.9.0.0/16 None",
            .addRoute(
                table: "rt-app", name: "blackhole", prefix: "10.9.0.0/16", nextHopType: "None", nextHopIpAddress: nil)
        ),
        ("route-through-firewall", .routeThroughFirewall(hub: nil)),
        ("route-through-firewall vnet-hub", .routeThroughFirewall(hub: "vnet-hub")),
    ])
    func parses(_ text: String, _ expected: PaletteCommand) throws {
        #expect(try PaletteCommandParser.parse(text) == expected)
    }

    @Test(arguments: [
        ("add routetable", "usage: :add routetable NAME"),
        ("add route rt-app r 10.0.0.0/8", "usage: :add route ROUTETABLE NAME PREFIX NEXTHOPTYPE [NEXTHOPIP]"),
        ("route-through-firewall a b", "usage: :route-through-firewall [HUB]"),
    ])
    func refusesWrongArgumentCounts(_ text: String, _ message: String) {
        #expect(throws: PaletteError(message)) { try PaletteCommandParser.parse(text) }
    }

    static let table = Design(routeTables: [RouteTable(name: "rt-app")])

    @Test(
        arguments: [
            ("virtualappliance", "10.0.1.4", "VirtualAppliance", "10.0.1.4"),
            ("INTERNET", nil, "Internet", nil),
            ("vnetlocal", nil, "VnetLocal", nil),
            ("virtualnetworkgateway", nil, "VirtualNetworkGateway", nil),
            ("none", nil, "None", nil),
        ] as [(String, String?, String, String?)])
    func storesAzureSpellingOfNextHopTypes(_ typed: String, _ ip: String?, _ stored: String, _ storedIP: String?)
        throws
    {
        let design = try RouteEditing.addRoute(
            Self.table, table: "RT-APP", name: "r", prefix: "10.2.0.0/16", nextHopType: typed, nextHopIpAddress: ip)
        #expect(
            design.routeTables[0].routes == [
                Route(name: "r", addressPrefix: "10.2.0.0/16", nextHopType: stored, nextHopIpAddress: storedIP)
            ])
    }

    @Test(arguments: ["Storage", "AzureCloud.westeurope", "Sql.EastUS2", "10.0.0.0/8", "2001:db8::/32"])
    func acceptsCIDRBlocksAndServiceTags(_ prefix: String) throws {
        let design = try RouteEditing.addRoute(
            Self.table, table: "rt-app", name: "r", prefix: prefix, nextHopType: "Internet", nextHopIpAddress: nil)
        #expect(design.routeTables[0].routes.first?.addressPrefix == prefix)
    }

    @Test(
        arguments: [
            ("10.0.0.0/8", "VirtualAppliance", nil, "a VirtualAppliance route needs the appliance's IP"),
            ("10.0.0.0/8", "Internet", "10.0.1.4", "Internet routes take no next hop IP"),
            ("10.0.0.0/8", "VirtualAppliance", "10.0.1", "'10.0.1' is not an IPv4 or IPv6 address"),
            ("10.0.0.0/8", "VNetPeering", nil, "'VNetPeering' is not a next hop type"),
            ("10.0.0.1/8", "Internet", nil, "has host bits set; did you mean 10.0.0.0/8?"),
            ("10.0.0.0/33", "Internet", nil, "is neither a CIDR block"),
            ("VirtualNetwork", "Internet", nil, "VirtualNetwork is an NSG tag"),
            ("10.1.0.0/16", "Internet", nil, "already routes 10.1.0.0/16 (route existing)"),
        ] as [(String, String, String?, String)])
    func refusesWhatAzureRejects(_ prefix: String, _ type: String, _ ip: String?, _ message: String) {
        var design = Self.table
        design.routeTables[0].routes = [Route(name: "existing", addressPrefix: "10.1.0.0/16", nextHopType: "None")]
        #expect {
            try RouteEditing.addRoute(
                design, table: "rt-app", name: "new", prefix: prefix, nextHopType: type, nextHopIpAddress: ip)
        } throws: { error in
            (error as? PaletteError)?.message.contains(message) == true
        }
    }

    @Test func refusesUnknownTablesDuplicateNamesAndTakenTableNames() {
        var design = Self.table
        design.routeTables[0].routes = [Route(name: "r", addressPrefix: "10.1.0.0/16", nextHopType: "None")]
        #expect(throws: PaletteError("no route table named rt-x; :add routetable rt-x creates it")) {
            try RouteEditing.addRoute(
                design, table: "rt-x", name: "r", prefix: "10.2.0.0/16", nextHopType: "None", nextHopIpAddress: nil)
        }
        #expect(throws: PaletteError("rt-app already has a route named R")) {
            try RouteEditing.addRoute(
                design, table: "rt-app", name: "R", prefix: "10.2.0.0/16", nextHopType: "None", nextHopIpAddress: nil)
        }
        #expect(throws: PaletteError("a resource named RT-APP already exists")) {
            try RouteEditing.addRouteTable(design, name: "RT-APP")
        }
    }

    @Test func newTableHasDefaultRegionAndPropagationOn() throws {
        let design = try RouteEditing.addRouteTable(Design(), name: "rt-new")
        #expect(
            design.routeTables == [
                RouteTable(name: "rt-new", placement: Placement(), disableBgpRoutePropagation: false)
            ])
    }

    @Test func applianceAddressesListFirewallsAndForwardingNICs() {
        var design = Examples.hubAndSpoke
        design.networkInterfaces[0].enableIPForwarding = true
        #expect(RouteEditing.applianceAddresses(in: design) == ["10.0.1.4", "10.1.1.4"])
    }

    @Test(arguments: [
        ("add ", PaletteCommandParser.addKinds),
        ("add route ", ["rt-spokes", "rt-gateway"]),
        ("add route rt-g", ["rt-gateway"]),
        ("add route rt-spokes r 10.9.0.0/16 ", Route.userNextHopTypes),
        ("add route rt-spokes r 10.9.0.0/16 v", ["VirtualNetworkGateway", "VnetLocal", "VirtualAppliance"]),
        ("add route rt-spokes r 10.9.0.0/16 virtualappliance ", ["10.0.1.4"]),
        ("add route rt-spokes r 10.9.0.0/16 Internet ", []),
        ("route-through-firewall vnet-h", ["vnet-hub"]),
    ])
    func completes(_ input: String, _ expected: [String]) {
        let state = AppState(design: Examples.hubAndSpoke, filePath: nil)
        let context = Reducer.completionContext(state)
        #expect(PaletteCompletion.candidates(for: input, context: context) == expected)
    }

    @Test func tabCompletesTheFirewallAddress() {
        var state = AppState(design: Examples.hubAndSpoke, filePath: nil)
        type(&state, ":add route rt-sp")
        _ = send(&state, .key(KeyEvent(.tab)))
        type(&state, "r2 10.9.0.0/16 VirtualA")
        _ = send(&state, .key(KeyEvent(.tab)))
        _ = send(&state, .key(KeyEvent(.tab)))
        #expect(state.mode == .command(LineInput("add route rt-spokes r2 10.9.0.0/16 VirtualAppliance 10.0.1.4 ")))
    }

    @Test func helpListsTheRoutingCommandsAndKeys() {
        #expect(KeyBinding.matching(":add routetable").count == 1)
        #expect(KeyBinding.matching(":add route ROUTETABLE").first?.action.contains("VirtualAppliance") == true)
        #expect(KeyBinding.matching(":route-through-firewall").count == 1)
        #expect(KeyBinding.all.contains { $0.keys == "F" && $0.action.contains("Azure Firewall") })
        #expect(KeyBinding.matching("route table editor").count == 3)
    }
}
