import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct ScreenTests {
    func rendered(_ state: AppState) -> CellGrid { Screen.render(state).grid }

    @Test func treeListsHubsFirstWithPrefixesAndPanesHaveTitles() {
        let grid = rendered(exampleState())
        let lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("┌ Topology ─"))
        #expect(lines[0].contains("┌ Inspector ─"))
        #expect(lines[1].hasPrefix("│ ◆ vnet-hub  10.0.0.0/16"))
        #expect(lines[2].hasPrefix("│   ▭ GatewaySubnet  10.0.0.0/27  rt:rt-gateway"))
        #expect(lines[5].hasPrefix("│   ⇄ hub-to-spoke1  → vnet-spoke1  AFG-"))
        #expect(grid.text.contains("◇ vnet-spoke1  10.1.0.0/16"))
        #expect(grid[3, 1].role == .selection)
        #expect(grid[4, 1].role == .selection)
        #expect(grid[0, 0].role == .borderFocused)
    }

    @Test func findingsShowGlyphRoleCountsAndSelectedMarker() {
        var state = exampleState()
        command(&state, "set vnet-hub/peerings/hub-to-spoke1 allowGatewayTransit false")
        command(&state, "add vnet vnet-x 10.9.0.0/16")
        command(&state, "goto vnet-spoke1/peerings/spoke1-to-hub")
        let grid = rendered(state)
        // validation pane: errors sorted before infos, glyph coloured by severity
        guard let error = grid.find("✖ PEER-009 vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub  spoke1-to-hub uses"),
            let info = grid.find("● SUB-099  vnet-x")
        else {
            Issue.record("findings not shown:\n\(grid.text)")
            return
        }
        #expect(error.y < info.y)
        #expect(grid[error.x, error.y].role == .error)
        #expect(grid[info.x, info.y].role == .info)
        #expect(grid[error.x - 1, error.y].character == "»")
        #expect(grid.text.contains("Validation  ✖ 1  ▲ 0  ● 1"))
        // tree row marker for the peering that has the finding, readable without colour
        let row = grid.find("⇄ spoke1-to-hub")!
        #expect(grid[0 + 1, row.y].character == "✖")
        #expect(grid[1, row.y].role == .error)
        // status line counts
        #expect(grid.row(state.height - 2).contains("✖ 1 ▲ 0 ● 1"))
    }

    @Test func statusLineShowsFileDirtyMarkerAndFocusedPaneHints() {
        var state = AppState(design: Examples.hubAndSpoke, filePath: "/tmp/designs/net.hubspoke.json")
        var line = rendered(state).row(state.height - 2)
        #expect(line.contains("net.hubspoke.json  ✖ 0"))
        #expect(line.contains("Enter edit  a add  / filter  v diagram  : cmd  ? help"))
        command(&state, "add vnet vnet-x 10.9.0.0/16")
        _ = send(&state, .key(KeyEvent(.tab)), .key(KeyEvent(.tab)))
        line = rendered(state).row(state.height - 2)
        #expect(line.contains("net.hubspoke.json [+]"))
        #expect(line.contains("Enter jump  / filter  j/k move  Tab pane  : cmd  ? help"))
        let grid = rendered(state)
        #expect(grid[1, state.height - 2].role == .statusBar)
    }

    @Test func inspectorShowsFieldsAndTheRefusedValueReason() {
        var state = exampleState()
        command(&state, "goto vnet-spoke1/subnets/snet-app")
        var grid = rendered(state)
        #expect(grid.text.contains("subnet vnet-spoke1/subnets/snet-app"))
        #expect(grid.text.contains("addressPrefix         10.1.1.0/24"))
        #expect(grid.text.contains("networkSecurityGroup  nsg-spoke1"))
        _ = send(&state, .key(KeyEvent(.enter)))
        type(&state, "0")
        _ = send(&state, .key(KeyEvent(.enter)))
        grid = rendered(state)
        let refusal = grid.find("✖ '10.1.1.0/240' is not a valid prefix")
        #expect(refusal != nil)
        if let refusal { #expect(grid[refusal.x, refusal.y].role == .inputError) }
        let input = grid.find("10.1.1.0/240")!
        #expect(grid[input.x, input.y].role == .input)
    }

    @Test func peeringEditorShowsBothHalvesSideBySide() {
        var state = exampleState()
        command(&state, "goto vnet-hub/peerings/hub-to-spoke1")
        let text = rendered(state).text
        #expect(text.contains("in vnet-hub"))
        #expect(text.contains("in vnet-spoke1"))
        #expect(text.contains("offer gateway transit     [x] on"))
        #expect(text.contains("use remote gateways       [ ] off"))
        #expect(text.contains("g  hub offers gateway transit / spoke uses remote gateway"))
        #expect(text.contains("n  spoke-to-spoke via hub NVA"))
        let lines = text.split(separator: "\n").map(String.init)
        let remoteRow = lines.first { $0.contains("use remote gateways") }!
        #expect(remoteRow.contains("[ ] off") && remoteRow.contains("[x] on"))
    }

    @Test func diagramDrawsHubInTheMiddleAndEdgeFlags() {
        var state = exampleState()
        command(&state, "set vnet-hub/peerings/hub-to-spoke2 allowGatewayTransit false")
        _ = send(&state, .key(.char("v")))
        let grid = rendered(state)
        let text = grid.text
        #expect(text.contains("Diagram"))
        let hub = grid.find("vnet-hub")!
        let spoke1 = grid.find("vnet-spoke1")!
        let spoke3 = grid.find("vnet-spoke3")!
        #expect(spoke1.y < hub.y && hub.y < spoke3.y)
        #expect(text.contains("│AF-R"))
        #expect(text.contains("│AFG-"))
        #expect(text.contains("│AF--"))
        #expect(text.contains("A access  F forwarded  G gateway transit  R use remote gateways"))
        // the edge with the PEER-009 finding is drawn in the error role
        let broken = grid.find("│AF--")!
        #expect(grid[broken.x, broken.y].role == .error)
        let healthy = grid.find("│AFG-")!
        #expect(grid[healthy.x, healthy.y].role == .edge)
        #expect(text.contains("┬") && text.contains("┴"))
    }

    @Test func tooSmallTerminalShowsAMessageInsteadOfPanes() {
        var state = exampleState()
        _ = send(&state, .resize(width: 79, height: 30))
        let text = rendered(state).text
        #expect(text.contains("Terminal too small"))
        #expect(text.contains("79x30; hubspoke needs at least 80x24"))
        #expect(!text.contains("Topology"))
        _ = send(&state, .resize(width: 80, height: 24))
        #expect(rendered(state).text.contains("Topology"))
    }

    @Test func layoutFollowsTheSize() {
        var state = exampleState()
        _ = send(&state, .resize(width: 100, height: 30))
        let grid = rendered(state)
        #expect(grid.width == 100 && grid.height == 30)
        #expect(grid.row(0).hasSuffix("┐"))
        #expect(grid.row(27).hasPrefix("└") && grid.row(27).hasSuffix("┘"))
        #expect(grid.row(28).contains("✖ 0"))
    }

    @Test func helpOverlayFiltersEntries() {
        var state = exampleState()
        _ = send(&state, .key(.char("?")))
        type(&state, "peer")
        let text = rendered(state).text
        #expect(text.contains("Help — type to filter"))
        #expect(text.contains("filter: peer"))
        #expect(text.contains(":peer VNET_A VNET_B"))
        #expect(!text.contains("Ctrl-S"))
    }

    @Test func commandLineShowsInputCursorAndMessages() {
        var state = exampleState()
        type(&state, ":add vn")
        let frame = Screen.render(state)
        #expect(frame.grid.row(state.height - 1).hasPrefix(":add vn"))
        #expect(frame.cursor?.x == 7)
        #expect(frame.cursor?.y == state.height - 1)
        _ = send(&state, .key(KeyEvent(.escape)))
        command(&state, "bogus")
        let after = Screen.render(state)
        #expect(after.cursor == nil)
        #expect(after.grid.row(state.height - 1).hasPrefix("unknown command 'bogus'"))
        #expect(after.grid[0, state.height - 1].role == .error)
    }

    @Test func dialogsForQuitAndDelete() {
        var state = exampleState()
        command(&state, "add vnet vnet-x 10.9.0.0/16")
        _ = send(&state, .key(.char("q")))
        #expect(rendered(state).text.contains("s  save and quit"))
        _ = send(&state, .key(.char("c")), .key(.char("d")))
        #expect(rendered(state).text.contains("Delete vnet-x?"))
    }
}
