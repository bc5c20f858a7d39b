import HubSpokeCore
import Testing

@testable import HubSpokeTUI

/// The route table editor rendered into the in-memory grid.
@Suite struct RouteTableViewTests {
    /// A state validated with the real rule catalog, so route findings are the real ones.
    static func state(_ design: Design, goto path: String) -> AppState {
        var state = AppState(design: design, filePath: nil, width: 140, height: 40)
        command(&state, "goto \(path)")
        _ = Reducer.reduce(&state, .validated(Validator().validate(state.design), revision: state.designRevision))
        return state
    }

    static func inspectorLines(_ state: AppState) -> [String] {
        let grid = Screen.render(state).grid
        let rect = state.layout.inspector
        return (rect.y..<rect.maxY).map { y in
            String(grid.row(y).dropFirst(rect.x).prefix(rect.width))
        }
    }

    @Test func showsFlagRoutesAsATableAndAssociatedSubnets() {
        let state = Self.state(Examples.hubAndSpoke, goto: "rt-spokes")
        let grid = Screen.render(state).grid
        let text = grid.text
        #expect(text.contains("route table rt-spokes"))
        #expect(text.contains("disableBgpRoutePropagation  [x] true  gateway routes not propagated"))
        #expect(text.contains("name                prefix    next hop type    next hop IP findings"))
        #expect(text.contains("default-to-firewall 0.0.0.0/0 VirtualAppliance 10.0.1.4"))
        #expect(text.contains("Associated subnets"))
        for spoke in ["spoke1", "spoke2", "spoke3"] {
            #expect(text.contains("vnet-\(spoke)/subnets/snet-app"))
        }
        let flag = grid.find("disableBgpRoutePropagation")!
        #expect(grid[flag.x, flag.y].role == .selection)
        let on = grid.find("[x] true")!
        #expect(grid[on.x, on.y].role == .selection)
    }

    @Test func selectedRouteFieldIsHighlighted() {
        var state = Self.state(Examples.hubAndSpoke, goto: "rt-gateway")
        _ = send(&state, .key(.char("j")), .key(.char("j")), .key(.char("l")))
        let grid = Screen.render(state).grid
        let row = grid.find("spoke2-via-firewall")!
        let type = grid.find("VirtualAppliance 10.0.1.4")!
        #expect(grid[row.x, row.y].role != .selection)
        let typeOnRow = (0..<grid.width).first { grid.row(row.y).dropFirst($0).hasPrefix("VirtualAppliance") }!
        #expect(grid[typeOnRow, row.y].role == .selection)
        #expect(type.y <= row.y)
        let flag = grid.find("disableBgpRoutePropagation")!
        #expect(grid[flag.x, flag.y].role != .selection)
    }

    @Test func findingsShowOnTheRouteThatCausesThem() {
        var design = Examples.hubAndSpoke
        design.routeTables[0].routes.append(
            Route(name: "nva-no-ip", addressPrefix: "10.8.0.0/16", nextHopType: "VirtualAppliance"))
        design.routeTables[0].routes.append(
            Route(name: "via-gateway", addressPrefix: "10.7.0.0/16", nextHopType: "VirtualNetworkGateway"))
        design.virtualNetworkGateways[0].gatewayType = "ExpressRoute"
        design.virtualNetworkGateways[0].vpnType = nil
        design.virtualNetworkGateways[0].sku = "ErGw1AZ"
        let state = Self.state(design, goto: "rt-spokes")
        let grid = Screen.render(state).grid
        guard let missing = grid.find("nva-no-ip"), let gateway = grid.find("via-gateway") else {
            Issue.record("routes not shown:\n\(grid.text)")
            return
        }
        #expect(grid.row(missing.y).contains("RT-002"))
        #expect(grid[missing.x - 2, missing.y].character == "✖")
        #expect(grid[missing.x - 2, missing.y].role == .error)
        #expect(grid.row(gateway.y).contains("RT-006"))
        #expect(!grid.row(grid.find("0.0.0.0/0")!.y).contains("RT-0"))
        // the findings list below includes the routes' findings with their messages
        #expect(grid.text.contains("Findings"))
        #expect(grid.find("✖ RT-002") != nil)
    }

    @Test func asymmetricSpokeRoutingIsShownOnTheRoute() {
        var design = FirewallRoutingTests.withDirectSpokePeering(FirewallRoutingTests.unrouted())
        design = (try? FirewallRouting.apply(to: design, hub: "vnet-hub").design) ?? design
        // spoke2 loses its route back to spoke1 through the firewall
        let t = design.routeTables.firstIndex { $0.name == "rt-spoke2" }!
        design.routeTables[t].routes.removeAll { $0.addressPrefix == "10.1.0.0/16" }
        let state = Self.state(design, goto: "rt-spoke1")
        let grid = Screen.render(state).grid
        guard let route = grid.find("10.2.0.0/16 VirtualAppliance") else {
            Issue.record("route not shown:\n\(grid.text)")
            return
        }
        #expect(grid.row(route.y).contains("RT-015"), "\(grid.text)")
    }

    @Test func emptyTableAndNoSubnetsSayHowToFillThem() {
        var state = AppState(design: Design(), filePath: nil, width: 140, height: 40)
        command(&state, "add routetable rt-new")
        let text = Screen.render(state).grid.text
        #expect(text.contains("[ ] false  gateway routes propagated"))
        #expect(text.contains("no routes: a adds one (:add route rt-new NAME PREFIX NEXTHOPTYPE [IP])"))
        #expect(text.contains("none: :set VNET/subnets/NAME routeTable rt-new"))
    }

    @Test func editingAFieldShowsTheInputInTheCellAndTheReason() {
        var state = Self.state(Examples.hubAndSpoke, goto: "rt-spokes")
        _ = send(&state, .key(.char("j")), .key(KeyEvent(.enter)))
        for _ in 0..<9 { _ = send(&state, .key(KeyEvent(.backspace))) }
        type(&state, "10.0.0.1/8")
        let grid = Screen.render(state).grid
        guard let input = grid.find("10.0.0.1/8") else {
            Issue.record("input not shown:\n\(grid.text)")
            return
        }
        #expect(grid[input.x, input.y].role == .input)
        #expect(grid.text.contains("✖ '10.0.0.1/8' has host bits set; did you mean 10.0.0.0/8?"))
    }

    @Test func manyRoutesScrollToKeepTheSelectionVisible() {
        var design = Examples.hubAndSpoke
        design.routeTables[0].routes = (1...60).map {
            Route(name: "r\($0)", addressPrefix: "10.\($0).0.0/16", nextHopType: "None")
        }
        var state = Self.state(design, goto: "rt-spokes")
        _ = send(&state, .key(KeyEvent(.end)))
        #expect(state.inspectorSelection == 60)
        let grid = Screen.render(state).grid
        guard let last = grid.find("r60 ") else {
            Issue.record("last route not visible:\n\(grid.text)")
            return
        }
        #expect(grid[last.x, last.y].role != .selection)
        #expect(grid.find(" r1  ") == nil)
    }
}
