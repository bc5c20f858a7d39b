import HubSpokeCore
import Testing

@testable import HubSpokeTUI

/// The pane rendered into the in-memory grid: form, verdict, deciding hop, wrapped details,
/// notes, completion list and cursor, at the usual and the smallest size.
@Suite struct ReachabilityViewTests {
    func lines(_ grid: CellGrid) -> [String] {
        grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func aReachableAnswerShowsTheVerdictTheDecisionAndTheHopsInOrder() throws {
        var state = TutorialFixture.state()
        command(&state, "reach \(TutorialFixture.vm1) \(TutorialFixture.vm2) 3389")
        let grid = Screen.render(state).grid
        let rows = lines(grid)
        #expect(rows[0].hasPrefix("┌ Reachability  live"))
        #expect(!grid.text.contains("┌ Topology"), "the pane takes the tree and inspector area")
        #expect(rows[1].contains("From: \(TutorialFixture.vm1)") && rows[1].contains("To: \(TutorialFixture.vm2)"))
        #expect(rows[1].contains("Port: 3389") && rows[1].contains("Protocol: ‹tcp›"))
        #expect(rows[2].contains("✔ REACHABLE  TCP \(TutorialFixture.vm1) -> \(TutorialFixture.vm2):3389"))
        #expect(rows[3].contains("decided by  nsg nsg-prod-ae-wv-001  AllowVnetOutBound (65000)"))
        let verdict = try #require(grid.find("✔ REACHABLE"))
        #expect(grid[verdict.x, verdict.y].role == .ok)
        let kinds = ["source", "route", "nsg", "peering", "destination", "return"]
        let found = kinds.enumerated().compactMap { n, kind in
            rows.firstIndex { $0.contains(" \(n + 1)  \(kind) ") || $0.contains(" \(n + 1)◆ \(kind) ") }
        }
        #expect(found.count == kinds.count && found == found.sorted(), "hops missing or out of order: \(found)")
        let deciding = try #require(grid.find("◆ nsg"))
        #expect(grid[deciding.x, deciding.y].role == .match)
        #expect(rows.contains { $0.contains("peering") && $0.contains("Connected with") })
        #expect(rows.contains { $0.contains("note  \(TutorialFixture.vm1) 10.30.10.4: dynamic address") })
        #expect(rows[38].contains("j/k hop  Enter go to resource  Tab edit  Esc close"), "status line: \(rows[38])")
        // the first hop is selected in the focused list
        let source = try #require(grid.find(" 1  source"))
        #expect(grid[source.x + 4, source.y].role == .selection)
    }

    @Test func aBlockedAnswerWrapsTheReasonThatNamesThePeering() throws {
        var state = TutorialFixture.state()
        command(&state, "reach \(TutorialFixture.vm1) \(TutorialFixture.vm2) 3389")
        command(&state, "set vnet-prod-ae-wv-002/peerings/peer-to-primary allowVirtualNetworkAccess false")
        let grid = Screen.render(state).grid
        let blocked = try #require(grid.find("✖ BLOCKED"))
        #expect(grid[blocked.x, blocked.y].role == .error)
        let reason = lines(grid)[blocked.y + 1...blocked.y + 3].joined(separator: " ")
        #expect(reason.contains("vnet-prod-ae-wv-002/virtualNetworkPeerings/peer-to-primary has"))
        #expect(reason.contains("allowVirtualNetworkAccess=false"))
        let dropped = try #require(grid.find("◆ dropped"))
        #expect(grid[dropped.x + 2, dropped.y].role == .error)
    }

    @Test func theFormShowsTheCompletionListAndTheCursorInTheField() throws {
        var state = TutorialFixture.state()
        _ = send(&state, .key(.char("r")))
        type(&state, "10.")
        let frame = Screen.render(state)
        let grid = frame.grid
        #expect(grid.text.contains("Tab complete/next  ↑↓ choose  Space protocol  Enter ask"))
        #expect(grid.text.contains("2 matches"))
        let first = try #require(grid.find("10.30.10.4 IP  \(TutorialFixture.vm1)"))
        #expect(grid[first.x, first.y].role == .overlay)
        #expect(grid.find("10.20.20.4 IP  \(TutorialFixture.vm2)") != nil)
        let field = try #require(grid.find("From: "))
        #expect(frame.cursor?.y == field.y)
        #expect(frame.cursor?.x == field.x + "From: 10.".count)
        #expect(grid[field.x + 6, field.y].style.contains(.underline), "fields show without colour")
        let port = try #require(grid.find("Port: "))
        #expect(grid[port.x + 6, port.y].style.contains(.underline))
        #expect(grid.text.contains("the design; the answer follows every edit"))
        _ = send(&state, .key(KeyEvent(.down)))
        let picked = Screen.render(state).grid
        let row = try #require(picked.find("10.30.10.4 IP"))
        #expect(picked[row.x, row.y].role == .selection)
    }

    @Test func theHubAndSpokePathThroughTheFirewallScrollsInASmallTerminal() throws {
        var state = AppState(design: Examples.hubAndSpoke, filePath: nil, width: 80, height: 24)
        command(&state, "reach vm-app-spoke1 vm-app-spoke2 443")
        var grid = Screen.render(state).grid
        #expect(grid.text.contains("✔ REACHABLE  TCP vm-app-spoke1 -> vm-app-spoke2:443"))
        #expect(grid.text.contains("hops 1-"), "ten hops do not fit in 24 rows:\n\(grid.text)")
        #expect(grid.find("firewall") != nil)
        for _ in 0..<9 { _ = send(&state, .key(.char("j"))) }
        grid = Screen.render(state).grid
        #expect(grid.text.contains("/10"))
        let last = try #require(grid.find("return"))
        #expect(grid[last.x, last.y].role == .selection)
        #expect(grid.find("◆ nsg") != nil, "the deciding inbound NSG rule stays in view near the end")
        // the selected firewall hop shows its whole detail on extra lines
        for _ in 0..<5 { _ = send(&state, .key(.char("k"))) }
        grid = Screen.render(state).grid
        let firewall = try #require(grid.find("firewall"))
        #expect(grid[firewall.x, firewall.y].role == .selection)
        let next = (1...3).map { grid.row(firewall.y + $0) }.joined()
        #expect(next.contains("allow-east-west"), "the rule collection is shown:\n\(grid.text)")
        // growing the terminal shows every hop wrapped, without scrolling
        _ = send(&state, .resize(width: 160, height: 60))
        grid = Screen.render(state).grid
        #expect(!grid.text.contains("hops 1-"))
        #expect(grid.text.contains(" 1  source"))
        #expect(grid.text.contains("10  return"))
    }

    @Test func anUnaskableQuestionSaysWhy() {
        var state = TutorialFixture.state()
        command(&state, "reach 192.0.2.1 \(TutorialFixture.vm2) 22")
        let text = Screen.render(state).grid.text
        #expect(text.contains("✖ CANNOT ASK  source '192.0.2.1' is not inside a subnet of the design"))
    }
}
