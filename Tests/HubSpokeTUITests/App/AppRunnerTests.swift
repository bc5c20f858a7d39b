import HubSpokeCore
import Synchronization
import Testing

@testable import HubSpokeTUI

/// A terminal that replays scripted events and keeps the frames it was asked to draw.
final class ScriptedTerminal: TerminalBackend {
    var events: [InputEvent]
    var frames: [CellGrid] = []
    var themes: [String] = []
    var shutdowns = 0
    let size: (width: Int, height: Int)
    let colorCount = 256

    init(_ events: [InputEvent], width: Int = 120, height: Int = 40) {
        self.events = events
        size = (width, height)
    }

    func apply(_ theme: Theme) { themes.append(theme.name) }
    func draw(_ grid: CellGrid, cursor: (x: Int, y: Int)?) { frames.append(grid) }
    func nextEvent(timeoutMilliseconds: Int32) -> InputEvent {
        events.isEmpty ? .signal(9) : events.removeFirst()
    }
    func shutdown() { shutdowns += 1 }
}

/// Storage in memory, recording what was written.
final class MemoryStorage: DesignStorage, @unchecked Sendable {
    let files = Mutex<[String: Design]>([:])
    let recoveries = Mutex<[String: Design]>([:])

    func load(path: String) throws -> Design? { files.withLock { $0[path] } }
    func save(_ design: Design, path: String) throws {
        guard !path.hasPrefix("/readonly/") else { throw PaletteError("permission denied") }
        files.withLock { $0[path] = design }
    }
    func writeRecovery(_ design: Design, for path: String) throws { recoveries.withLock { $0[path] = design } }
    func readRecovery(for path: String) -> Design? { recoveries.withLock { $0[path] } }
    func removeRecovery(for path: String) { _ = recoveries.withLock { $0.removeValue(forKey: path) } }
}

@Suite struct AppRunnerTests {
    let themes = ThemeSelection(environment: [:], readFile: { _ in nil })

    func events(_ text: String) -> [InputEvent] {
        text.map { $0 == "\n" ? InputEvent.key(KeyEvent(.enter)) : .key(.char($0)) }
    }

    @Test func saveThenQuitWritesTheFileAndRestoresTheTerminal() throws {
        let terminal = ScriptedTerminal(events(":add vnet vnet-x 10.9.0.0/16\n:w /tmp/t.hubspoke.json\n:q\n"))
        let storage = MemoryStorage()
        let runner = AppRunner(
            state: AppState(design: Examples.hubAndSpoke, filePath: nil), backend: terminal, storage: storage,
            themes: themes, validator: testValidator)
        #expect(try runner.run() == 0)
        #expect(terminal.shutdowns >= 1)
        let saved = storage.files.withLock { $0["/tmp/t.hubspoke.json"] }
        #expect(saved?.virtualNetworks.last?.name == "vnet-x")
        #expect(!runner.state.isDirty)
        #expect(terminal.frames.contains { $0.text.contains("written /tmp/t.hubspoke.json") })
    }

    @Test func aSignalRestoresTheTerminalAndExitsWith128PlusTheSignal() throws {
        let terminal = ScriptedTerminal([.key(.char("j")), .signal(15)])
        let runner = AppRunner(
            state: AppState(design: Examples.hubAndSpoke, filePath: nil), backend: terminal, storage: MemoryStorage(),
            themes: themes)
        #expect(try runner.run() == 143)
        #expect(terminal.shutdowns >= 1)
        #expect(terminal.frames.count == 2)
    }

    @Test func saveFailureKeepsTheChangesAndSaysWhy() throws {
        let terminal = ScriptedTerminal(events(":add vnet vnet-x 10.9.0.0/16\n:w /readonly/x.json\n") + [.signal(2)])
        let runner = AppRunner(
            state: AppState(design: Examples.hubAndSpoke, filePath: nil), backend: terminal, storage: MemoryStorage(),
            themes: themes)
        #expect(try runner.run() == 130)
        #expect(runner.state.isDirty)
        #expect(runner.state.message?.text == "save failed: permission denied")
    }

    @Test func recoveryFileIsWrittenWhileDirtyAndRemovedOnSave() throws {
        let storage = MemoryStorage()
        let terminal = ScriptedTerminal(events(":add vnet vnet-x 10.9.0.0/16\n") + [.tick])
        let runner = AppRunner(
            state: AppState(design: Design(), filePath: "/tmp/r.json"), backend: terminal, storage: storage,
            themes: themes, recoveryInterval: .zero)
        _ = try runner.run()
        #expect(storage.readRecovery(for: "/tmp/r.json")?.virtualNetworks.map(\.name) == ["vnet-x"])
        let again = AppRunner(
            state: runner.state, backend: ScriptedTerminal([.key(.ctrl("s"))]), storage: storage, themes: themes,
            recoveryInterval: .zero)
        _ = try again.run()
        #expect(storage.readRecovery(for: "/tmp/r.json") == nil)
        #expect(storage.files.withLock { $0["/tmp/r.json"] }?.virtualNetworks.count == 1)
    }

    @Test func editLoadsAFileAndOffersItsRecovery() throws {
        let storage = MemoryStorage()
        try storage.save(Examples.tutorial, path: "/tmp/tutorial.json")
        try storage.writeRecovery(Examples.hubAndSpoke, for: "/tmp/tutorial.json")
        let terminal = ScriptedTerminal(events(":e /tmp/tutorial.json\n"))
        let runner = AppRunner(
            state: AppState(design: Design(), filePath: nil), backend: terminal, storage: storage, themes: themes)
        _ = try runner.run()
        #expect(runner.state.filePath == "/tmp/tutorial.json")
        #expect(runner.state.mode == .recoveryPrompt)
        #expect(runner.state.design == Examples.tutorial)
    }

    @Test func themeCommandAppliesBuiltInThemesAndRefusesUnknownOnes() throws {
        let terminal = ScriptedTerminal(events(":theme light\n:theme neon\n"))
        let runner = AppRunner(
            state: AppState(design: Design(), filePath: nil), backend: terminal, storage: MemoryStorage(),
            themes: themes)
        _ = try runner.run()
        #expect(terminal.themes == ["light"])
        #expect(runner.state.themeName == "light")
        #expect(runner.state.message?.text.hasPrefix("unknown theme 'neon'") == true)
    }

    @Test func noColorKeepsMonochromeEvenOnThemeCommand() throws {
        let terminal = ScriptedTerminal(events(":theme light\n"))
        let runner = AppRunner(
            state: AppState(design: Design(), filePath: nil), backend: terminal, storage: MemoryStorage(),
            themes: ThemeSelection(environment: ["NO_COLOR": "1"], readFile: { _ in nil }))
        _ = try runner.run()
        #expect(terminal.themes.isEmpty)
        #expect(runner.state.message?.text == "NO_COLOR is set: staying monochrome")
    }

    @Test func resizeEventsRelayoutTheNextFrame() throws {
        let terminal = ScriptedTerminal([.resize(width: 90, height: 30), .resize(width: 60, height: 20)])
        let runner = AppRunner(
            state: AppState(design: Examples.hubAndSpoke, filePath: nil), backend: terminal, storage: MemoryStorage(),
            themes: themes)
        _ = try runner.run()
        #expect(terminal.frames[1].width == 90)
        #expect(terminal.frames[2].text.contains("Terminal too small"))
    }
}
