import Foundation
import Glibc

/// Runs the real `hubspoke` binary inside a private tmux server for end-to-end tests, as
/// ../shared/notes/swift-ncurses.md describes: tmux is started with `posix_spawn` + `waitpid`
/// (Foundation's Process hangs because the tmux server inherits its pipes), with an empty
/// signal mask (test threads block most signals, which the app would inherit), a unique `-L`
/// socket per session (tests run in parallel), no standard input and no TTY needed.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let socket = "hubspoke-e2e-\(UUID().uuidString.prefix(8))"
    let target = "t"
    private var killed = false

    /// The `hubspoke` executable, built by SwiftPM next to the test bundle.
    static var binary: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("hubspoke").path
    }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// Starts `command` (a shell command line) in a `width` x `height` window with a UTF-8 locale.
    /// The command is wrapped so its exit status and the terminal modes after it stay visible:
    /// `...; echo EXIT=$?; echo TTY=<icanon/echo flags>; exec sleep 600`.
    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        var arguments = [
            "start-server", ";", "set", "-g", "default-terminal", "tmux-256color", ";",
            "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", "-e", "LANG=C.UTF-8",
        ]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments.append(
            "\(command); echo EXIT=$?; echo TTY=$(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' ');"
                + " exec sleep 600")
        _ = try tmux(arguments)
    }

    deinit { kill() }

    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmux(["kill-server"])
    }

    /// Runs one tmux command against this session's server and returns its output.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outputPath = NSTemporaryDirectory() + "tmux-\(UUID().uuidString).out"
        defer { unlink(outputPath) }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        // The app's look must not depend on the user's settings; tests that want them set them.
        for name in ["NO_COLOR", "HUBSPOKE_THEME", "HUBSPOKE_THEME_PATH"] { environment[name] = nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        var allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = (["tmux", "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure(description: "posix_spawn tmux failed: \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = (status & 0x7f) == 0
        let code = (status >> 8) & 0xff
        guard exited, code == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(output)")
        }
        return output
    }

    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", target])
    }

    /// Polls the screen every 10 ms until `condition` holds on two identical consecutive captures
    /// of a settled screen. Validation runs off the main thread, so a screen whose findings pane
    /// still says "validating…" is not settled: findings, finding columns and counts may change.
    @discardableResult
    func waitForScreen(
        timeout: Double = 10, _ what: String, until condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var previous: String?
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen), screen == previous, !screen.contains("validating…") { return screen }
            previous = screen
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw Failure(description: "timed out waiting for \(what); screen was:\n\(screen)")
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitForScreen(timeout: timeout, "'\(text)'") { $0.contains(text) }
    }

    @discardableResult
    func waitForAbsence(of text: String, timeout: Double = 10) throws -> String {
        try waitForScreen(timeout: timeout, "'\(text)' to disappear") { !$0.contains(text) }
    }

    /// Sends key names (`Enter`, `Escape`, `C-s`, `Down`).
    func keys(_ names: String...) throws {
        try tmux(["send-keys", "-t", target] + names)
    }

    /// Types literal text.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Types a `:` command and presses Enter.
    func command(_ text: String) throws {
        try type(":" + text)
        try keys("Enter")
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// tmux's view of the pane: `#{alternate_on}`, `#{cursor_flag}`, `#{mouse_any_flag}`, ...
    func display(_ format: String) throws -> String {
        try tmux(["display", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of the app: the first child of the pane's shell.
    func appPID() throws -> pid_t? {
        let shell = try display("#{pane_pid}")
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    /// Sends a mouse press at (x, y) in X10 encoding (what ncurses enables under tmux-256color).
    func click(x: Int, y: Int) throws {
        try tmux(["send-keys", "-t", target, "-H", "1b", "5b", "4d", "20", hex(x + 33), hex(y + 33)])
        try tmux(["send-keys", "-t", target, "-H", "1b", "5b", "4d", "23", hex(x + 33), hex(y + 33)])
    }

    private func hex(_ value: Int) -> String { String(format: "%02x", min(value, 255)) }
}
