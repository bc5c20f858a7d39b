import HubSpokeCore
import Testing

@testable import HubSpokeTUI

/// Route tables driven through the reducer: commands, the `F` key, the route table editor's
/// keys, refusals and undo.
@Suite struct RouteTableReducerTests {
    static func unroutedState() -> AppState {
        var state = AppState(design: FirewallRoutingTests.unrouted(), filePath: nil)
        _ = send(&state, .validated([], revision: state.designRevision))
        return state
    }

    @Test func addRouteTableAndRouteSelectThemAndUndoOneAtATime() {
        var state = Self.unroutedState()
        command(&state, "add routetable rt-app")
        #expect(state.design.routeTables == [RouteTable(name: "rt-app")])
        #expect(state.selectedPath == "rt-app")
        command(&state, "add route rt-app to-fw 0.0.0.0/0 virtualappliance 10.0.1.4")
        #expect(
            state.design.routeTables[0].routes == [
                Route(
                    name: "to-fw", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance",
                    nextHopIpAddress: "10.0.1.4")
            ])
        #expect(state.focus == .inspector)
        #expect(state.inspectorSelection == 1)
        #expect(state.message?.text == "added route to-fw to rt-app")
        command(&state, "undo")
        #expect(state.design.routeTables == [RouteTable(name: "rt-app")])
        command(&state, "undo")
        #expect(state.design.routeTables.isEmpty)
    }

    @Test(arguments: [
        "add route rt-none r 10.0.0.0/8 None",
        "add route rt-app r 10.0.0.0/8 VirtualAppliance",
        "add route rt-app r 10.0.0.0/8 Internet 10.0.1.4",
        "add route rt-app r 10.0.0.0/33 None",
        "add routetable vnet-hub",
    ])
    func refusedRoutingCommandsChangeNothingAndSayWhy(_ text: String) {
        var state = Self.unroutedState()
        command(&state, "add routetable rt-app")
        let before = state.design
        let undoDepth = state.undoStack.count
        command(&state, text)
        #expect(state.design == before)
        #expect(state.undoStack.count == undoDepth)
        #expect(state.message?.kind == .error)
    }

    @Test func routeThroughFirewallIsOneUndoStepAndIdempotent() throws {
        var state = Self.unroutedState()
        let before = state.design
        command(&state, "route-through-firewall vnet-hub")
        let routed = try FirewallRouting.apply(to: before, hub: "vnet-hub").design
        #expect(state.design == routed)
        #expect(state.undoStack == [before])
        #expect(state.message?.text.hasPrefix("routed 3 spokes of vnet-hub through afw-hub (10.0.1.4)") == true)
        command(&state, "route-through-firewall")
        #expect(state.undoStack.count == 1)
        #expect(state.message?.text == "nothing changed: the spokes of vnet-hub already route through its firewall")
        _ = send(&state, .key(.char("u")))
        #expect(state.design == before)
        _ = send(&state, .key(KeyEvent(.character("r"), .control)))
        #expect(state.design == routed)
    }

    @Test(arguments: ["vnet-hub", "afw-hub", "vnet-hub/subnets/GatewaySubnet"])
    func keyFRoutesTheSelectedHub(_ selection: String) {
        var state = Self.unroutedState()
        command(&state, "goto \(selection)")
        state.focus = .topology
        _ = send(&state, .key(.char("F")))
        #expect(state.design.routeTables.map(\.name) == ["rt-spoke1", "rt-spoke2", "rt-spoke3", "rt-hub-gateway"])
        #expect(state.undoStack.count == 1)
    }

    @Test func keyFRefusesOutsideAHubAndWithoutFirewall() {
        var state = Self.unroutedState()
        command(&state, "goto nsg-spoke1")
        _ = send(&state, .key(.char("F")))
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.hasPrefix("F routes a hub's spokes through its firewall") == true)
        var design = FirewallRoutingTests.unrouted()
        design.azureFirewalls = []
        state = AppState(design: design, filePath: nil)
        command(&state, "goto vnet-hub")
        _ = send(&state, .key(.char("F")))
        #expect(state.message?.text.contains(":add firewall vnet-hub") == true)
        #expect(state.undoStack.isEmpty)
        command(&state, "route-through-firewall")
        #expect(state.message?.text.hasPrefix("which hub?") == true)
    }

    @Test func editorTogglesPropagationEditsAFieldAndDeletesARoute() {
        var state = AppState(design: Examples.hubAndSpoke, filePath: nil)
        command(&state, "goto rt-gateway")
        #expect(state.focus == .inspector)
        _ = send(&state, .key(.char(" ")))
        #expect(state.design.routeTables[1].disableBgpRoutePropagation)
        _ = send(&state, .key(.char(" ")))
        #expect(!state.design.routeTables[1].disableBgpRoutePropagation)
        // second route, next hop IP column
        _ = send(&state, .key(.char("j")), .key(.char("j")), .key(.char("l")), .key(.char("l")), .key(.char("l")))
        #expect(state.inspectorColumn == 2)
        _ = send(&state, .key(KeyEvent(.enter)))
        #expect(
            state.mode
                == .editField(
                    path: "rt-gateway/routes/spoke2-via-firewall", field: "nextHopIpAddress",
                    input: LineInput("10.0.1.4")))
        _ = send(&state, .key(KeyEvent(.backspace)))
        type(&state, "5")
        _ = send(&state, .key(KeyEvent(.enter)))
        #expect(state.design.routeTables[1].routes[1].nextHopIpAddress == "10.0.1.5")
        // prefix column refuses a bad CIDR and keeps editing
        _ = send(&state, .key(.char("h")), .key(.char("h")), .key(KeyEvent(.enter)))
        for _ in 0..<11 { _ = send(&state, .key(KeyEvent(.backspace))) }
        type(&state, "10.2.0.0/33")
        _ = send(&state, .key(KeyEvent(.enter)))
        guard case .editField(_, "addressPrefix", let input) = state.mode else {
            Issue.record("not editing the prefix: \(state.mode)")
            return
        }
        #expect(input.error?.contains("not a valid prefix") == true)
        _ = send(&state, .key(KeyEvent(.escape)))
        #expect(state.design.routeTables[1].routes[1].addressPrefix == "10.2.0.0/16")
        // d deletes the selected route, not the table
        _ = send(&state, .key(.char("d")))
        #expect(state.mode == .confirmDelete(path: "rt-gateway/routes/spoke2-via-firewall"))
        _ = send(&state, .key(.char("y")))
        #expect(state.design.routeTables[1].routes.map(\.name) == ["spoke1-via-firewall", "spoke3-via-firewall"])
        #expect(state.selectedPath == "rt-gateway")
        // on the flag row, d deletes the table
        _ = send(&state, .key(.char("g")), .key(KeyEvent(.home)), .key(.char("d")))
        #expect(state.mode == .confirmDelete(path: "rt-gateway"))
    }

    @Test func aInTheEditorPrefillsAddRoute() {
        var state = AppState(design: Examples.hubAndSpoke, filePath: nil)
        command(&state, "goto rt-spokes")
        _ = send(&state, .key(.char("a")))
        #expect(state.mode == .command(LineInput("add route rt-spokes ")))
        type(&state, "to-onprem 192.168.0.0/16 VirtualAppliance 10.0.1.4")
        _ = send(&state, .key(KeyEvent(.enter)))
        #expect(state.design.routeTables[0].routes.last?.addressPrefix == "192.168.0.0/16")
        #expect(state.inspectorSelection == 2)
    }

    @Test func hAtTheFirstColumnGoesBackToTheTree() {
        var state = AppState(design: Examples.hubAndSpoke, filePath: nil)
        command(&state, "goto rt-spokes")
        _ = send(&state, .key(.char("j")), .key(.char("l")))
        #expect(state.inspectorColumn == 1)
        _ = send(&state, .key(.char("h")))
        #expect(state.focus == .inspector)
        _ = send(&state, .key(.char("h")))
        #expect(state.focus == .topology)
    }

    @Test func clickSelectsARouteFieldOrTheFlag() throws {
        var state = AppState(design: Examples.hubAndSpoke, filePath: nil)
        command(&state, "goto rt-gateway")
        let grid = Screen.render(state).grid
        let route = try #require(grid.find("spoke3-via-firewall"))
        let row = grid.row(route.y)
        let ipColumn = try #require(row.range(of: "10.0.1.4")).lowerBound
        let ipX = row.distance(from: row.startIndex, to: ipColumn)
        _ = send(&state, .mouse(MouseEvent(.press(button: 1), x: ipX + 1, y: route.y)))
        #expect(state.inspectorSelection == 3)
        #expect(state.inspectorColumn == 2)
        _ = send(&state, .mouse(MouseEvent(.press(button: 1), x: route.x, y: route.y - 1)))
        #expect(state.inspectorSelection == 2)
        #expect(state.inspectorColumn == 0)
        let flag = try #require(grid.find("disableBgpRoutePropagation"))
        _ = send(&state, .mouse(MouseEvent(.press(button: 1), x: flag.x, y: flag.y)))
        #expect(state.inspectorSelection == 0)
        _ = send(&state, .mouse(MouseEvent(.press(button: 1), x: flag.x, y: flag.y + 2)))
        #expect(state.inspectorSelection == 0)
    }

    @Test func tabCompletesNextHopTypesAndApplianceAddressesInTheEditor() {
        var design = Examples.hubAndSpoke
        design.networkInterfaces[1].enableIPForwarding = true
        var state = AppState(design: design, filePath: nil)
        command(&state, "goto rt-spokes")
        _ = send(&state, .key(.char("j")), .key(.char("l")), .key(KeyEvent(.enter)))
        for _ in 0..<16 { _ = send(&state, .key(KeyEvent(.backspace))) }
        type(&state, "i")
        _ = send(&state, .key(KeyEvent(.tab)))
        #expect(
            state.mode
                == .editField(
                    path: "rt-spokes/routes/default-to-firewall", field: "nextHopType", input: LineInput("Internet")))
        _ = send(&state, .key(KeyEvent(.tab)))
        #expect(
            state.mode
                == .editField(
                    path: "rt-spokes/routes/default-to-firewall", field: "nextHopType",
                    input: LineInput("None")))
        _ = send(&state, .key(KeyEvent(.escape)), .key(.char("l")), .key(KeyEvent(.enter)))
        for _ in 0..<8 { _ = send(&state, .key(KeyEvent(.backspace))) }
        _ = send(&state, .key(KeyEvent(.tab)))
        let path = "rt-spokes/routes/default-to-firewall"
        #expect(state.mode == .editField(path: path, field: "nextHopIpAddress", input: LineInput("10.0.1.4")))
        _ = send(&state, .key(KeyEvent(.tab)))
        #expect(state.mode == .editField(path: path, field: "nextHopIpAddress", input: LineInput("10.2.1.4")))
        _ = send(&state, .key(KeyEvent(.enter)))
        #expect(state.design.routeTables[0].routes[0].nextHopIpAddress == "10.2.1.4")
        command(&state, "goto vnet-hub")
        _ = send(&state, .key(KeyEvent(.enter)))
        _ = send(&state, .key(KeyEvent(.tab)))
        guard case .editField(_, _, let input) = state.mode else {
            Issue.record("not editing: \(state.mode)")
            return
        }
        #expect(input.error == "no completions")
    }
}
