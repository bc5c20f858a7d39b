import HubSpokeCore
import Synchronization
import Testing

@testable import HubSpokeTUI

/// Storage that also writes text, keeping it in memory.
final class TextMemoryStorage: DesignStorage, TextFileStorage, @unchecked Sendable {
    let memory = MemoryStorage()
    let texts = Mutex<[String: String]>([:])

    func load(path: String) throws -> Design? { try memory.load(path: path) }
    func save(_ design: Design, path: String) throws { try memory.save(design, path: path) }
    func writeRecovery(_ design: Design, for path: String) throws {}
    func readRecovery(for path: String) -> Design? { nil }
    func removeRecovery(for path: String) {}
    func writeText(_ text: String, path: String) throws {
        guard !path.hasPrefix("/readonly/") else { throw PaletteError("permission denied") }
        texts.withLock { $0[path] = text }
    }
}

@Suite struct DiagramPaletteCommandTests {
    let themes = ThemeSelection(environment: [:], readFile: { _ in nil })

    @Test(arguments: ["topology.svg", "out/Topology.MMD", "t.dot"])
    func parsesADiagramFileByItsExtension(file: String) throws {
        #expect(try PaletteCommandParser.parse("diagram \(file)") == .diagram(file: file))
    }

    @Test(arguments: [
        ("diagram", "usage: :diagram FILE.svg|FILE.mmd|FILE.dot"),
        ("diagram a.svg b.svg", "usage: :diagram FILE.svg|FILE.mmd|FILE.dot"),
        ("diagram topology.png", "cannot tell the picture format of topology.png"),
    ])
    func refusesOtherShapes(text: String, message: String) {
        do {
            _ = try PaletteCommandParser.parse(text)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func theReducerRendersThePictureWithTheFindingsOnScreen() throws {
        var state = exampleState()
        command(&state, "set vnet-hub/peerings/hub-to-spoke2 allowGatewayTransit false")
        let effects = command(&state, "diagram topology.mmd")
        guard case .writeDiagram(let text, let path)? = effects.first else {
            Issue.record("expected a diagram write, got \(effects)")
            return
        }
        #expect(path == "topology.mmd")
        #expect(text.hasPrefix("flowchart TB\n"))
        // the test validator's gateway-transit finding marks the hub-to-spoke2 edge
        #expect(text.contains("vnet2 ---|\"✖ AF-- / AF-R\"| vnet0"))
        #expect(state.filePath == nil && state.isDirty)
        _ = send(&state, .diagramWritten(path: "topology.mmd"))
        #expect(state.message?.text == "diagram written to topology.mmd")
    }

    @Test func theRunnerWritesThePictureThroughStorage() throws {
        let storage = TextMemoryStorage()
        let input = ":diagram /tmp/t.svg\n".map { $0 == "\n" ? InputEvent.key(KeyEvent(.enter)) : .key(.char($0)) }
        let terminal = ScriptedTerminal(input + [.signal(2)])
        let runner = AppRunner(
            state: AppState(design: Examples.hubAndSpoke, filePath: nil), backend: terminal, storage: storage,
            themes: themes, validator: testValidator)
        _ = try runner.run()
        let svg = try #require(storage.texts.withLock { $0["/tmp/t.svg"] })
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        #expect(svg.contains("vnet-spoke3"))
        #expect(runner.state.message?.text == "diagram written to /tmp/t.svg")
    }

    @Test func aFailedWriteSaysWhyAndStorageWithoutTextWritingIsReported() throws {
        let input = ":diagram /readonly/t.dot\n".map {
            $0 == "\n" ? InputEvent.key(KeyEvent(.enter)) : .key(.char($0))
        }
        let failing = AppRunner(
            state: AppState(design: Examples.hubAndSpoke, filePath: nil),
            backend: ScriptedTerminal(input + [.signal(2)]), storage: TextMemoryStorage(), themes: themes,
            validator: testValidator)
        _ = try failing.run()
        #expect(failing.state.message?.text == "save failed: permission denied")
        let designsOnly = AppRunner(
            state: AppState(design: Examples.hubAndSpoke, filePath: nil),
            backend: ScriptedTerminal(input + [.signal(2)]), storage: MemoryStorage(), themes: themes,
            validator: testValidator)
        _ = try designsOnly.run()
        #expect(designsOnly.state.message?.text.contains("cannot write /readonly/t.dot") == true)
    }

    @Test func helpListsTheCommand() {
        #expect(KeyBinding.matching("diagram").contains { $0.keys.hasPrefix(":diagram FILE.svg") })
    }
}
