import ArgumentParser
import Foundation
import HubSpokeBicep
import HubSpokeCore
import HubSpokeDesignFile
import HubSpokeTUI
import TerminalNCurses

/// `hubspoke [open] [FILE] [--theme NAME]`: the terminal designer, the default command.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open a design in the terminal designer (the default command).",
        discussion: """
            Without FILE, opens the built-in hub-and-spoke example; nothing is written until you \
            save, and the first save asks for a path. With a FILE that does not exist yet, starts an \
            empty design that :w saves there. While there are unsaved changes a recovery file \
            (.FILE.recover, next to FILE) is written every two seconds and offered on the next open.

            Themes: --theme, then HUBSPOKE_THEME, then dark; NO_COLOR forces monochrome. A theme is \
            a built-in name (dark, light, high-contrast, monochrome), a NAME.theme found in \
            HUBSPOKE_THEME_PATH, or a path to a .theme file (format: Themes/README.md).

            Press ? inside for keys and commands.
            """)

    @Argument(help: "A design file (.hubspoke.json or .bicep); the built-in hub-and-spoke example if omitted.")
    var file: String?

    @Option(help: "Colour theme: dark, light, high-contrast, monochrome, or a .theme file.")
    var theme: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let themes = ThemeSelection(environment: environment) { try? String(contentsOfFile: $0, encoding: .utf8) }
        let chosenTheme: Theme
        do {
            chosenTheme = try themes.theme(requested: theme)
        } catch {
            throw ValidationError("\(error)")
        }
        let storage = DesignFileStorage()
        var state: AppState
        if let file {
            let design: Design
            do {
                design = try storage.load(path: file) ?? Design()
            } catch {
                throw ValidationError("\(error)")
            }
            state = AppState(design: design, filePath: file)
            state.message = StatusMessage(
                FileManager.default.fileExists(atPath: file) ? "opened \(file)" : "new file \(file): :w saves it")
            if let recovered = storage.readRecovery(for: file) {
                state.pendingRecovery = recovered
                state.mode = .recoveryPrompt
            }
        } else {
            state = AppState(design: Examples.hubAndSpoke, filePath: nil)
            state.message = StatusMessage("built-in hub-and-spoke example; :w FILE saves it, ? shows keys")
        }
        state.themeName = chosenTheme.name
        let terminal = NCursesTerminal(theme: chosenTheme)
        let runner = AppRunner(
            state: state, backend: terminal, storage: storage, themes: themes,
            recoveryInterval: .milliseconds(Int(environment["HUBSPOKE_RECOVERY_MS"] ?? "") ?? 2000))
        if let tracePath = environment["HUBSPOKE_STARTUP_TRACE"] {
            runner.onFirstFrame = { Self.writeStartupTime(to: tracePath) }
        }
        let code: Int32
        do {
            code = try runner.run()
        } catch {
            terminal.shutdown()
            throw error
        }
        if code != 0 { throw ExitCode(code) }
    }
}

extension Open {
    /// Writes the milliseconds from process start (the kernel's start time in /proc) to the
    /// first frame, for the startup figure in the notes (`HUBSPOKE_STARTUP_TRACE=FILE`).
    static func writeStartupTime(to path: String) {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
            let uptimeText = try? String(contentsOfFile: "/proc/uptime", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // field 22 of /proc/PID/stat (starttime, clock ticks after boot) is the 20th after ")"
        guard fields.count > 19, let ticks = Double(fields[19]),
            let uptime = Double(uptimeText.split(separator: " ").first ?? "")
        else { return }
        let startedAt = ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
        let milliseconds = (uptime - startedAt) * 1000
        try? "\(Int(milliseconds.rounded()))\n".write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// Design files for the TUI: the hubspoke JSON format or Bicep (read by the Bicep reader,
/// written by the Bicep writer), atomic saves, and recovery files named `.NAME.recover` beside the design.
private struct DesignFileStorage: DesignStorage {
    func load(path: String) throws -> Design? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try DesignLoader.load(path).design
    }

    func save(_ design: Design, path: String) throws {
        // `:w main.bicep` writes idiomatic Bicep (the same writer as `hubspoke export`).
        let text = DesignLoader.isBicep(path) ? BicepWriter.write(design) : DesignFile.encode(design)
        try AtomicFile.write(text, to: path)
    }

    static func recoveryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".recover").path
    }

    func writeRecovery(_ design: Design, for path: String) throws {
        try AtomicFile.write(DesignFile.encode(design), to: Self.recoveryPath(for: path))
    }

    func readRecovery(for path: String) -> Design? {
        let recovery = Self.recoveryPath(for: path)
        guard let text = try? String(contentsOfFile: recovery, encoding: .utf8) else { return nil }
        return try? DesignFile.decode(text, fileName: recovery)
    }

    func removeRecovery(for path: String) {
        unlink(Self.recoveryPath(for: path))
    }
}

/// Export preview and `:import` in the designer: the Bicep writer and the design readers.
extension DesignFileStorage: TextFileStorage {
    /// `:diagram` pictures, saved like designs.
    func writeText(_ text: String, path: String) throws {
        try AtomicFile.write(text, to: path)
    }
}

extension DesignFileStorage: DesignExchange {
    func bicepText(for design: Design) -> String { BicepWriter.write(design) }

    func fileExists(path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    func readDesign(path: String) throws -> Design { try DesignLoader.load(path).design }
}
