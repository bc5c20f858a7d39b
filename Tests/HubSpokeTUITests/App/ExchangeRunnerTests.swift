import HubSpokeCore
import Synchronization
import Testing

@testable import HubSpokeTUI

/// Storage that also renders "Bicep" (a stand-in text) and reads imports from memory.
final class ExchangeStorage: DesignStorage, DesignExchange, @unchecked Sendable {
    let memory = MemoryStorage()
    let imports: [String: Design]

    init(files: [String: Design] = [:], imports: [String: Design] = [:]) {
        self.imports = imports
        memory.files.withLock { $0 = files }
    }

    func load(path: String) throws -> Design? { try memory.load(path: path) }
    func save(_ design: Design, path: String) throws { try memory.save(design, path: path) }
    func writeRecovery(_ design: Design, for path: String) throws {}
    func readRecovery(for path: String) -> Design? { nil }
    func removeRecovery(for path: String) {}

    func bicepText(for design: Design) -> String {
        design.virtualNetworks.map { "resource \($0.name)" }.joined(separator: "\n")
    }
    func fileExists(path: String) -> Bool { memory.files.withLock { $0[path] != nil } }
    func readDesign(path: String) throws -> Design {
        guard let design = imports[path] else { throw PaletteError("\(path):1:1: expected a declaration") }
        return design
    }
}

@Suite struct ExchangeRunnerTests {
    let themes = ThemeSelection(environment: [:], readFile: { _ in nil })

    func events(_ text: String) -> [InputEvent] {
        text.map { $0 == "\n" ? InputEvent.key(KeyEvent(.enter)) : .key(.char($0)) }
    }

    func run(_ events: [InputEvent], storage: ExchangeStorage) throws -> (AppRunner, ScriptedTerminal) {
        let terminal = ScriptedTerminal(events + [.signal(2)])
        let runner = AppRunner(
            state: AppState(design: Examples.hubAndSpoke, filePath: nil), backend: terminal, storage: storage,
            themes: themes, validator: testValidator)
        _ = try runner.run()
        return (runner, terminal)
    }

    @Test func exportDialogPreviewsThenWrites() throws {
        let storage = ExchangeStorage()
        let (runner, terminal) = try run(events(":export out.bicep\n\n"), storage: storage)
        #expect(
            terminal.frames.contains { $0.text.contains("resource vnet-hub") && $0.text.contains("Export out.bicep") })
        #expect(storage.memory.files.withLock { $0["out.bicep"] } == Examples.hubAndSpoke)
        #expect(runner.state.message?.text == "exported out.bicep")
    }

    @Test func anExistingFileNeedsAYes() throws {
        let storage = ExchangeStorage(files: ["out.bicep": Design()])
        let (_, terminal) = try run(events(":export out.bicep\n\nn\u{1b}"), storage: storage)
        #expect(terminal.frames.contains { $0.text.contains("out.bicep exists. Overwrite it?") })
        #expect(storage.memory.files.withLock { $0["out.bicep"] } == Design())
        let (_, _) = try run(events(":export out.bicep\n\ny"), storage: storage)
        #expect(storage.memory.files.withLock { $0["out.bicep"] } == Examples.hubAndSpoke)
    }

    @Test func importReadsThroughTheExchangeAndReportsErrors() throws {
        var extra = Design()
        extra.virtualNetworks = [VirtualNetwork(name: "vnet-extra", addressPrefixes: ["10.70.0.0/16"])]
        let storage = ExchangeStorage(imports: ["extra.hubspoke.json": extra])
        let (runner, _) = try run(events(":import extra.hubspoke.json\nm"), storage: storage)
        #expect(runner.state.design.virtualNetworks.last?.name == "vnet-extra")
        let (failed, _) = try run(events(":import broken.bicep\n"), storage: storage)
        #expect(failed.state.message?.text == "cannot import: broken.bicep:1:1: expected a declaration")
    }

    @Test func withoutAnExchangeExportSaysWhy() throws {
        let terminal = ScriptedTerminal(events(":export out.bicep\n") + [.signal(2)])
        let runner = AppRunner(
            state: AppState(design: Examples.hubAndSpoke, filePath: nil), backend: terminal, storage: MemoryStorage(),
            themes: themes, validator: testValidator)
        _ = try runner.run()
        #expect(runner.state.message?.kind == .error)
        #expect(runner.state.message?.text.contains("cannot export out.bicep") == true)
    }
}
