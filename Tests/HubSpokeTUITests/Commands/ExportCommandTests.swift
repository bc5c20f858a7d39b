import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct ExportCommandTests {
    @Test func parsesExportOfABicepFile() throws {
        #expect(try PaletteCommandParser.parse("export main.bicep") == .exportPreview(file: "main.bicep"))
        #expect(try PaletteCommandParser.parse("export! out/Hub.BICEP") == .export(file: "out/Hub.BICEP"))
    }

    @Test(arguments: ["export", "export main.json", "export a.bicep b.bicep"])
    func refusesOtherShapes(text: String) {
        do {
            _ = try PaletteCommandParser.parse(text)
            Issue.record("expected a usage error for \(text)")
        } catch {
            #expect(error.message.contains("export FILE.bicep"), "\(error.message)")
        }
    }

    @Test func exportWritesWithoutTakingOverTheDocument() {
        var state = AppState(design: Examples.hubAndSpoke, filePath: "hub.hubspoke.json")
        let effects = Reducer.reduce(&state, .command(.export(file: "main.bicep")))
        #expect(effects == [.export(design: Examples.hubAndSpoke, path: "main.bicep")])
        _ = Reducer.reduce(&state, .exported(path: "main.bicep"))
        #expect(state.filePath == "hub.hubspoke.json")
        #expect(state.message?.text == "exported main.bicep")
    }
}
