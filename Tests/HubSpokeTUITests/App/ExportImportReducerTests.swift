import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct ExportImportReducerTests {
    static let bicep = (1...100).map { "line \($0)" }.joined(separator: "\n") + "\n"

    func previewing(exists: Bool, width: Int = 120, height: Int = 40) -> AppState {
        var state = AppState(
            design: Examples.hubAndSpoke, filePath: "/tmp/net.hubspoke.json", width: width, height: height)
        let effects = Reducer.reduce(&state, .command(.exportPreview(file: "out/main.bicep")))
        #expect(effects == [.prepareExport(design: Examples.hubAndSpoke, path: "out/main.bicep")])
        _ = Reducer.reduce(&state, .exportPrepared(path: "out/main.bicep", text: Self.bicep, fileExists: exists))
        return state
    }

    func preview(_ state: AppState) -> ExportPreview? {
        if case .exchange(.exportPreview(let preview)) = state.mode { return preview }
        return nil
    }

    @Test func exportOpensThePreviewAndEnterWrites() throws {
        var state = previewing(exists: false)
        let shown = try #require(preview(state))
        #expect(shown.lines.count == 100)
        #expect(shown.lines.first == "line 1")
        let effects = Reducer.reduce(&state, .key(KeyEvent(.enter)))
        #expect(effects == [.export(design: Examples.hubAndSpoke, path: "out/main.bicep")])
        #expect(state.mode == .normal)
        #expect(state.filePath == "/tmp/net.hubspoke.json")
    }

    @Test func scrollingStaysWithinTheText() throws {
        var state = previewing(exists: false)
        let rows = ExchangeDialogView.previewTextRows(state)
        for _ in 0..<3 { _ = Reducer.reduce(&state, .key(.char("j"))) }
        #expect(preview(state)?.scroll == 3)
        _ = Reducer.reduce(&state, .key(.char("k")))
        #expect(preview(state)?.scroll == 2)
        _ = Reducer.reduce(&state, .key(KeyEvent(.pageDown)))
        #expect(preview(state)?.scroll == 2 + rows - 1)
        _ = Reducer.reduce(&state, .key(.char("G")))
        #expect(preview(state)?.scroll == 100 - rows)
        _ = Reducer.reduce(&state, .key(.char("j")))
        #expect(preview(state)?.scroll == 100 - rows)
        _ = Reducer.reduce(&state, .key(KeyEvent(.pageUp)))
        #expect(preview(state)?.scroll == 100 - rows - (rows - 1))
        _ = Reducer.reduce(&state, .key(.char("g")))
        #expect(preview(state)?.scroll == 0)
        _ = Reducer.reduce(&state, .key(.char("k")))
        #expect(preview(state)?.scroll == 0)
    }

    @Test func anExistingFileIsOverwrittenOnlyAfterYes() throws {
        var state = previewing(exists: true)
        #expect(Reducer.reduce(&state, .key(KeyEvent(.enter))).isEmpty)
        #expect(preview(state)?.confirmingOverwrite == true)
        #expect(Reducer.reduce(&state, .key(.char("n"))).isEmpty)
        #expect(preview(state)?.confirmingOverwrite == false)
        #expect(state.message?.text == "out/main.bicep left as it was")
        _ = Reducer.reduce(&state, .key(KeyEvent(.enter)))
        let effects = Reducer.reduce(&state, .key(.char("y")))
        #expect(effects == [.export(design: Examples.hubAndSpoke, path: "out/main.bicep")])
        #expect(state.mode == .normal)
    }

    @Test func escapeCancelsWithoutWriting() {
        var state = previewing(exists: true)
        #expect(Reducer.reduce(&state, .key(KeyEvent(.escape))).isEmpty)
        #expect(state.mode == .normal)
        #expect(state.message?.text.contains("nothing written") == true)
    }

    @Test func exportBangWritesAtOnce() throws {
        var state = AppState(design: Examples.hubAndSpoke, filePath: nil)
        let effects = command(&state, "export! main.bicep")
        #expect(effects == [.export(design: Examples.hubAndSpoke, path: "main.bicep")])
        #expect(state.mode == .normal)
    }

    @Test func capitalEAsksForTheFileNamedAfterTheDesign() throws {
        var state = AppState(design: Examples.hubAndSpoke, filePath: "/tmp/designs/net.hubspoke.json")
        _ = send(&state, .key(.char("E")))
        guard case .exchange(.exportFileName(let input)) = state.mode else {
            Issue.record("no file prompt: \(state.mode)")
            return
        }
        #expect(input.text == "/tmp/designs/net.bicep")
        _ = send(&state, .key(.ctrl("u")))
        type(&state, "hub.json")
        _ = press(&state, .enter)
        guard case .exchange(.exportFileName(let refused)) = state.mode else {
            Issue.record("a non-Bicep name was accepted")
            return
        }
        #expect(refused.error?.contains(".bicep") == true)
        _ = send(&state, .key(.ctrl("u")))
        type(&state, "hub.bicep")
        #expect(press(&state, .enter) == [.prepareExport(design: Examples.hubAndSpoke, path: "hub.bicep")])
        #expect(Reducer.defaultExportPath(nil) == "design.bicep")
        #expect(Reducer.defaultExportPath("a/main.bicep") == "a/main.bicep")
    }

    // MARK: - Import

    static var imported: Design {
        var design = Design()
        design.virtualNetworks = [
            VirtualNetwork(name: "vnet-hub", addressPrefixes: ["10.50.0.0/16"]),
            VirtualNetwork(name: "vnet-spoke9", addressPrefixes: ["10.9.0.0/16"]),
        ]
        design.suppressions = [
            Suppression(rule: "SUB-099", resource: "vnet-spoke9", reason: "empty on purpose"),
            Suppression(rule: "SUB-099", resource: "vnet-hub", reason: "belongs to the skipped hub"),
        ]
        return design
    }

    func offering(_ design: Design) -> AppState {
        var state = exampleState()
        let effects = command(&state, "import more.bicep")
        #expect(effects == [.readImport(path: "more.bicep")])
        _ = send(&state, .importRead(design, path: "more.bicep"))
        return state
    }

    @Test func replaceSwapsTheDesignAsOneUndoStep() {
        var state = offering(Self.imported)
        guard case .exchange(.importChoice(let offer)) = state.mode else {
            Issue.record("no merge-or-replace question: \(state.mode)")
            return
        }
        #expect(offer.path == "more.bicep")
        _ = send(&state, .key(.char("r")))
        #expect(state.design == Self.imported)
        #expect(state.isDirty)
        #expect(state.undoStack.count == 1)
        #expect(state.message?.text.contains("replaced the design with more.bicep (2 resources)") == true)
        _ = send(&state, .key(.char("u")))
        #expect(state.design == Examples.hubAndSpoke)
    }

    @Test func mergeAddsFreeNamesAndSaysWhichWereSkipped() {
        var state = offering(Self.imported)
        _ = send(&state, .key(.char("m")))
        let names = state.design.virtualNetworks.map(\.name)
        #expect(names == Examples.hubAndSpoke.virtualNetworks.map(\.name) + ["vnet-spoke9"])
        #expect(state.design.virtualNetworks.first?.addressPrefixes == ["10.0.0.0/16"])
        #expect(
            state.design.suppressions == [
                Suppression(rule: "SUB-099", resource: "vnet-spoke9", reason: "empty on purpose")
            ])
        #expect(
            state.message?.text
                == "merged 1 resource from more.bicep; skipped 1 whose names are taken: vnet-hub; u to undo")
        #expect(state.undoStack.count == 1)
        _ = send(&state, .key(.char("u")))
        #expect(state.design == Examples.hubAndSpoke)
    }

    @Test func mergeOfOnlyClashingNamesIsRefused() {
        var clashing = Design()
        clashing.virtualNetworks = [VirtualNetwork(name: "VNET-HUB", addressPrefixes: ["10.50.0.0/16"])]
        var state = offering(clashing)
        _ = send(&state, .key(.char("m")))
        #expect(state.design == Examples.hubAndSpoke)
        #expect(state.undoStack.isEmpty)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.contains("every name is taken (VNET-HUB)") == true)
    }

    @Test func escapeCancelsTheImport() {
        var state = offering(Self.imported)
        _ = send(&state, .key(KeyEvent(.escape)))
        #expect(state.mode == .normal)
        #expect(state.design == Examples.hubAndSpoke)
        #expect(state.message?.text == "import cancelled")
    }

    @Test func readerErrorsShowInTheMessageLine() {
        var state = exampleState()
        _ = send(&state, .importFailed("main.bicep:3:7: expected '=' after the parameter name"))
        #expect(
            state.message
                == StatusMessage("cannot import: main.bicep:3:7: expected '=' after the parameter name", kind: .error))
    }

    @Test(arguments: ["import", "import a.txt", "import a.bicep b.bicep"])
    func importRefusesOtherShapes(text: String) {
        #expect(throws: PaletteError.self) { try PaletteCommandParser.parse(text) }
    }
}
