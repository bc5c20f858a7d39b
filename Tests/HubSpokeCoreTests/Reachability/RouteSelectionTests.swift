import HubSpokeCore
import Testing

/// Azure's route selection (RT-013, RT-014): longest prefix first; on equal length user >
/// gateway > system; but the VNet's own and peering system routes beat every gateway route.
struct RouteSelectionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var routes: [(RouteSource, String, NextHopType, String)]
        var destination: String
        /// The origin of the expected route, nil when none applies.
        var expected: String?
        var testDescription: String { name }
    }

    static func route(_ row: (RouteSource, String, NextHopType, String)) -> EffectiveRoute {
        EffectiveRoute(
            source: row.0, addressPrefix: row.1, prefix: AddressPrefix(row.1), nextHopType: row.2, origin: row.3)
    }

    static let cases: [Case] = [
        Case(
            name: "UDR beats a system peering route of the same prefix",
            routes: [
                (.default, "10.2.0.0/16", .vnetPeering, "peer"), (.user, "10.2.0.0/16", .virtualAppliance, "udr"),
            ],
            destination: "10.2.1.4", expected: "udr"),
        Case(
            name: "UDR beats a gateway route of the same prefix",
            routes: [
                (.virtualNetworkGateway, "192.168.0.0/16", .virtualNetworkGateway, "gw"),
                (.user, "192.168.0.0/16", .virtualAppliance, "udr"),
            ], destination: "192.168.1.1", expected: "udr"),
        Case(
            name: "gateway beats a system None route of the same prefix",
            routes: [
                (.default, "192.168.0.0/16", .none, "sys"),
                (.virtualNetworkGateway, "192.168.0.0/16", .virtualNetworkGateway, "gw"),
            ], destination: "192.168.1.1", expected: "gw"),
        Case(
            name: "system VNet route beats a more specific gateway route",
            routes: [
                (.default, "10.1.0.0/16", .vnetLocal, "vnet"),
                (.virtualNetworkGateway, "10.1.1.0/24", .virtualNetworkGateway, "gw"),
            ], destination: "10.1.1.9", expected: "vnet"),
        Case(
            name: "system peering route beats a more specific gateway route",
            routes: [
                (.default, "10.2.0.0/16", .vnetPeering, "peer"),
                (.virtualNetworkGateway, "10.2.4.0/22", .virtualNetworkGateway, "gw"),
            ], destination: "10.2.5.1", expected: "peer"),
        Case(
            name: "a more specific gateway route beats the system None range",
            routes: [
                (.default, "10.0.0.0/8", .none, "sys"),
                (.virtualNetworkGateway, "10.50.0.0/16", .virtualNetworkGateway, "gw"),
            ], destination: "10.50.0.1", expected: "gw"),
        Case(
            name: "a 0.0.0.0/0 UDR does not override a peering route (RT-014)",
            routes: [(.default, "10.0.0.0/16", .vnetPeering, "peer"), (.user, "0.0.0.0/0", .virtualAppliance, "udr")],
            destination: "10.0.2.4", expected: "peer"),
        Case(
            name: "a more specific UDR beats the VNet's own route",
            routes: [(.default, "10.1.0.0/16", .vnetLocal, "vnet"), (.user, "10.1.2.0/24", .virtualAppliance, "udr")],
            destination: "10.1.2.7", expected: "udr"),
        Case(
            name: "a gateway route beats a broader UDR",
            routes: [
                (.user, "0.0.0.0/0", .virtualAppliance, "udr"),
                (.virtualNetworkGateway, "192.168.0.0/16", .virtualNetworkGateway, "gw"),
            ], destination: "192.168.3.3", expected: "gw"),
        Case(
            name: "a system route of equal prefix loses to a UDR to None",
            routes: [(.default, "0.0.0.0/0", .internet, "sys"), (.user, "0.0.0.0/0", .none, "udr")],
            destination: "8.8.8.8", expected: "udr"),
        Case(
            name: "no route for an IPv6 destination in an IPv4-only table",
            routes: [(.default, "0.0.0.0/0", .internet, "sys")], destination: "fd00::1", expected: nil),
        Case(
            name: "longest prefix wins among system routes",
            routes: [(.default, "0.0.0.0/0", .internet, "internet"), (.default, "10.0.0.0/8", .none, "none")],
            destination: "10.9.9.9", expected: "none"),
    ]

    @Test(arguments: cases)
    func selectsTheRouteAzureWould(_ c: Case) throws {
        let table = EffectiveRouteTable(subnet: "vnet/subnets/s", routes: c.routes.map(Self.route))
        let destination = try #require(IPAddress(c.destination))
        #expect(table.route(for: destination)?.origin == c.expected)
    }

    @Test func invalidRoutesTakeNoPart() throws {
        var none = Self.route((.default, "10.0.0.0/8", .none, "none"))
        none.state = .invalid
        let table = EffectiveRouteTable(
            subnet: "s", routes: [none, Self.route((.user, "0.0.0.0/0", .virtualAppliance, "udr"))])
        #expect(table.route(for: try #require(IPAddress("10.2.1.4")))?.origin == "udr")
    }
}
