import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct SecurityRuleTableViewTests {
    func editorState() -> AppState {
        var state = securityState()
        command(&state, "add rule nsg-app AllowWeb 200 in allow tcp Internet * 443")
        command(&state, "add rule nsg-app AllowRdp 100 in allow tcp * * 3389")
        command(&state, "add rule nsg-app AllowOut 300 out allow tcp * Internet 443")
        command(&state, "attach nsg-app vnet-hub/subnets/snet-app")
        openSecurityEditor(&state)
        return state
    }

    func rendered(_ state: AppState) -> CellGrid { Screen.render(state).grid }

    func row(_ grid: CellGrid, _ text: String) -> Int? { grid.find(text)?.y }

    @Test func rulesByPriorityThenGreyedDefaultsPerDirectionThenAssociations() throws {
        let grid = rendered(editorState())
        let inbound = try #require(row(grid, "Inbound: 2 rules, then the defaults"))
        let rdp = try #require(row(grid, "100   AllowRdp"))
        let web = try #require(row(grid, "200   AllowWeb"))
        let denyIn = try #require(row(grid, "65500 DenyAllInB"))
        let outbound = try #require(row(grid, "Outbound: 1 rule, then the defaults"))
        let out = try #require(row(grid, "300   AllowOut"))
        let denyOut = try #require(row(grid, "65500 DenyAllOut"))
        let attached = try #require(row(grid, "Attached to"))
        #expect(
            [inbound, rdp, web, denyIn, outbound, out, denyOut, attached]
                == [inbound, rdp, web, denyIn, outbound, out, denyOut, attached].sorted())
        #expect(row(grid, "65000 AllowVnetI") == web + 1)
        #expect(grid.row(attached + 1).contains("vnet-hub/subnets/snet-app"))
        #expect(grid.find("Pri   Name") != nil)
        let x = try #require(grid.find("65500 DenyAllInB")).x
        #expect(grid[x, denyIn].role == .muted)
        #expect(grid[x + 6, denyIn].role == .muted)
        let rdpX = try #require(grid.find("100   AllowRdp")).x
        #expect(grid[rdpX + 6, rdp].role == .normal)
        #expect(grid.row(rdp).contains("Allow Tcp  *"))
        #expect(grid.row(rdp).contains("3389"))
    }

    @Test func selectedRowAndColumnArePainted() throws {
        var state = editorState()
        _ = send(&state, .key(.char("j")), .key(.char("l")), .key(.char("l")))
        let grid = rendered(state)
        let position = try #require(grid.find("100   AllowRdp"))
        #expect(grid[position.x, position.y].role == .selectionInactive)
        let allow = try #require(grid.find("Allow Tcp  *"))
        #expect(allow.y == position.y)
        #expect(grid[allow.x, allow.y].role == .selection)
        #expect(grid[allow.x + 6, allow.y].role == .selectionInactive)
    }

    @Test func findingMarkersSitOnTheRuleAtFault() throws {
        var state = editorState()
        let findings = [
            Finding(
                rule: "SEC-001", severity: .warning, title: "RDP", message: "AllowRdp exposes RDP",
                resources: ["nsg-app/securityRules/AllowRdp"], field: "sourceAddressPrefix"),
            Finding(
                rule: "NSG-010", severity: .warning, title: "shadowed", message: "AllowWeb is shadowed by AllowRdp",
                resources: ["nsg-app/securityRules/AllowWeb", "nsg-app/securityRules/AllowRdp"], field: "priority"),
            Finding(
                rule: "NSG-002", severity: .error, title: "dup", message: "duplicate priority",
                resources: ["nsg-app/securityRules/AllowOut"], field: "priority"),
        ]
        _ = Reducer.reduce(&state, .validated(findings, revision: state.designRevision))
        _ = Reducer.reduce(&state, .key(.char("j")))
        let grid = rendered(state)
        let rdp = try #require(grid.find("100   AllowRdp"))
        #expect(grid.row(rdp.y).contains("│ ▲R 100   AllowRdp"))
        #expect(grid[rdp.x - 3, rdp.y].role == .warning)
        #expect(grid.row(try #require(row(grid, "200   AllowWeb"))).contains("│ ▲H 200"))
        let out = try #require(grid.find("300   AllowOut"))
        #expect(grid[out.x - 3, out.y].character == "✖")
        #expect(grid[out.x - 2, out.y].character == "D")
        #expect(grid.row(try #require(row(grid, "65500 DenyAllInB"))).contains("│    65500"))
        // the selected rule's finding is spelled out on the table's last line
        #expect(grid.find("▲ SEC-001: AllowRdp exposes RDP") != nil)
    }

    @Test func theDecidingRuleIsHighlighted() throws {
        var state = editorState()
        _ = send(&state, .key(.char("w")))
        type(&state, "203.0.113.5 10.0.1.4 443")
        _ = send(&state, .key(KeyEvent(.enter)))
        var grid = rendered(state)
        let web = try #require(grid.find("200   AllowWeb"))
        #expect(grid[web.x - 4, web.y].character == "▶")
        #expect(grid[web.x + 8, web.y].role == .selectionInactive || grid[web.x + 8, web.y].role == .match)
        #expect(grid.row(state.height - 1).contains("Allow by AllowWeb (200)"))
        _ = send(&state, .key(.char("w")))
        type(&state, "203.0.113.5 10.0.1.4 8080")
        _ = send(&state, .key(KeyEvent(.enter)))
        grid = rendered(state)
        let deny = try #require(grid.find("65500 DenyAllInB"))
        #expect(grid[deny.x - 4, deny.y].character == "▶")
        #expect(grid[deny.x, deny.y].role == .match)
        #expect(grid[web.x - 4, web.y].character != "▶")
        #expect(grid.row(state.height - 1).contains("Deny by DenyAllInBound (65500, default rule)"))
    }

    @Test func theFlowPromptIsOnTheCommandLine() {
        var state = editorState()
        _ = send(&state, .key(.char("w")))
        type(&state, "1.2.3.4")
        let grid = rendered(state)
        #expect(grid.row(state.height - 1).hasPrefix("Which rule decides? 1.2.3.4"))
        #expect(grid.row(state.height - 2).contains("Enter decide"))
    }

    @Test func editingAFieldShowsTheInputAndTheRefusalInTheRow() throws {
        var state = editorState()
        _ = send(&state, .key(.char("j")), .key(KeyEvent(.enter)))
        _ = send(&state, .key(.ctrl("u")))
        type(&state, "50x")
        let grid = rendered(state)
        let line = grid.row(try #require(row(grid, "AllowRdp priority: 50x")))
        #expect(line.contains("✖ '50x' is not a whole number"))
    }

    @Test func statusLineShowsTheEditorKeys() {
        let grid = rendered(editorState())
        #expect(grid.row(38).contains("Space allow/deny"))
        #expect(grid.row(38).contains("w decides?"))
    }

    @Test func aThousandRuleNSGScrollsToTheSelection() throws {
        var design = securityDesign()
        design.networkSecurityGroups[0].securityRules = (0..<1000).map { i in
            SecurityRule(
                name: "rule-\(i)", priority: 100 + i * 3, direction: i % 2 == 0 ? "Inbound" : "Outbound",
                access: "Allow", protocol: "Tcp", sourceAddressPrefix: "10.\(i / 250).\(i % 250).0/24",
                sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "\(1000 + i)")
        }
        var state = AppState(design: design, filePath: nil)
        openSecurityEditor(&state)
        _ = send(&state, .key(.char("G")))
        var grid = rendered(state)
        #expect(grid.find("Attached to") != nil)
        _ = send(&state, .key(.char("k")))
        grid = rendered(state)
        #expect(grid.find("3097  rule-999") != nil)
        #expect(grid.find("65500 DenyAllOut") != nil)
        #expect(grid.find("Inbound: 500 rules") == nil)
        _ = send(&state, .key(KeyEvent(.home)))
        grid = rendered(state)
        #expect(grid.find("Inbound: 500 rules, then the defaults") != nil)
    }
}
