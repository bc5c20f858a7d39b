import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct FindingsWorkflowViewTests {
    func rendered(_ state: AppState) -> CellGrid { Screen.render(state).grid }

    func paneTitle(_ state: AppState) -> String {
        rendered(state).row(state.layout.findings.y)
    }

    @Test func suppressedRowsAreDimmedMarkedAndCountedApart() throws {
        var state = findingsState()
        command(&state, "suppress PEER-009 \(spokePeeringPath) gateway arrives next sprint")
        state.focus = .topology  // no selection bar over the rows
        let grid = rendered(state)
        #expect(paneTitle(state).contains("Validation  ✖ 0  ▲ 0  ● 2  ⊘ 1 suppressed"))
        #expect(grid.row(state.height - 2).contains("✖ 0 ▲ 0 ● 2 ⊘ 1"))
        let row = try #require(grid.find("⊘ PEER-009 \(spokePeeringPath)"))
        #expect(grid[row.x, row.y].role == .muted)
        #expect(grid[row.x, row.y].style.contains(.dim))
        #expect(grid.row(row.y).contains("[error suppressed: gateway arrives next sprint] spoke1-t"))
        // unsuppressed rows keep their severity glyph and colour
        let info = try #require(grid.find("● SUB-099  vnet-x"))
        #expect(grid[info.x, info.y].role == .info)
        #expect(!grid[info.x, info.y].style.contains(.dim))
    }

    @Test func titleShowsTheActiveFilterAndHowManyMatch() {
        var state = findingsState()
        #expect(!paneTitle(state).contains("/"))
        _ = send(&state, .key(.char("2")))
        #expect(paneTitle(state).contains("/sev:warning+ (1 of 3)"))
        let grid = rendered(state)
        #expect(grid.text.contains("✖ PEER-009"))
        #expect(!grid.text.contains("SUB-099  vnet-x"))
        _ = send(&state, .key(.char("1")), .key(.char("h")))
        #expect(paneTitle(state).contains("/sev:error is:active (1 of 3)"))
    }

    @Test func reasonPromptShowsTheFindingTheInputAndTheRefusal() throws {
        var state = findingsState()
        _ = send(&state, .key(.char("s")))
        type(&state, "lab")
        var frame = Screen.render(state)
        #expect(frame.grid.text.contains("Suppress PEER-009"))
        #expect(frame.grid.text.contains("PEER-009 on \(spokePeeringPath)"))
        let input = try #require(frame.grid.find("Reason: lab"))
        #expect(frame.cursorY == input.y)
        #expect(frame.cursorX == input.x + "Reason: lab".count)
        #expect(frame.grid.row(state.height - 2).contains("Enter suppress"))
        _ = send(&state, .key(.ctrl("u")), .key(KeyEvent(.enter)))
        frame = Screen.render(state)
        #expect(frame.grid.text.contains("a suppression needs a reason"))
    }

    func previewState(lines: Int, exists: Bool) -> AppState {
        var state = AppState(design: Examples.hubAndSpoke, filePath: nil, width: 100, height: 30)
        let text = (1...lines).map { "resource line\($0) 'x' = {}" }.joined(separator: "\n")
        _ = Reducer.reduce(&state, .exportPrepared(path: "main.bicep", text: text, fileExists: exists))
        return state
    }

    @Test func previewShowsNumberedLinesAndScrolls() throws {
        var state = previewState(lines: 60, exists: false)
        let rows = ExchangeDialogView.previewTextRows(state)
        var grid = rendered(state)
        #expect(grid.text.contains("Export main.bicep — lines 1-\(rows) of 60"))
        let first = try #require(grid.find("resource line1 'x' = {}"))
        #expect(grid.row(first.y).contains(" 1 resource line1 "))
        #expect(grid.find("resource line\(rows) ") != nil)
        #expect(grid.find("resource line\(rows + 1) ") == nil)
        #expect(grid.text.contains("Enter write   Esc cancel"))
        _ = Reducer.reduce(&state, .key(.char("j")))
        _ = Reducer.reduce(&state, .key(.char("j")))
        grid = rendered(state)
        #expect(grid.text.contains("lines 3-\(rows + 2) of 60"))
        #expect(grid.find("resource line2 ") == nil)
        #expect(grid.find("resource line3 ")?.y == first.y)
        _ = Reducer.reduce(&state, .key(.char("G")))
        grid = rendered(state)
        #expect(grid.text.contains("lines \(60 - rows + 1)-60 of 60"))
        #expect(grid.find("resource line60 ") != nil)
    }

    @Test func overwriteQuestionReplacesTheFooter() {
        var state = previewState(lines: 5, exists: true)
        #expect(rendered(state).text.contains("Enter write (asks: the file exists)"))
        _ = Reducer.reduce(&state, .key(KeyEvent(.enter)))
        let grid = rendered(state)
        #expect(grid.text.contains("main.bicep exists. Overwrite it? y overwrite   n back"))
        #expect(grid.row(state.height - 2).contains("y overwrite"))
    }

    @Test func importQuestionCountsWhatMergeWouldSkip() {
        var state = exampleState()
        var imported = Design()
        imported.virtualNetworks = [
            VirtualNetwork(name: "vnet-hub", addressPrefixes: ["10.50.0.0/16"]),
            VirtualNetwork(name: "vnet-new", addressPrefixes: ["10.60.0.0/16"]),
        ]
        _ = Reducer.reduce(&state, .importRead(imported, path: "other.bicep"))
        let text = rendered(state).text
        #expect(text.contains("Import other.bicep: 2 resources"))
        #expect(text.contains("m  merge: add the 1 whose names are free"))
        #expect(text.contains("(skips vnet-hub)"))
        #expect(text.contains("r  replace the design with it (u undoes)"))
    }

    @Test func helpListsTheNewKeysAndCommands() {
        for needle in ["suppress", ":unsuppress", ":export!", ":import", "sev:warning+", "hide or show suppressed"] {
            #expect(!KeyBinding.matching(needle).isEmpty, "\(needle)")
        }
        var state = exampleState()
        _ = send(&state, .key(.char("?")))
        type(&state, "suppress")
        #expect(rendered(state).text.contains(":suppress RULE PATH REASON..."))
    }
}
