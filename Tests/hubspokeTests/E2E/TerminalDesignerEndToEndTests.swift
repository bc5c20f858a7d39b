import Foundation
import Glibc
import HubSpokeCore
import HubSpokeDesignFile
import Testing

/// The real `hubspoke` binary in tmux (120x40, no stdin, no TTY needed), driven by keys and
/// checked by screen captures, as the TUI issue asks. Every wait polls capture-pane.
@Suite(.serialized) struct TerminalDesignerEndToEndTests {
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "hubspoke-e2e-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Asserts the app left the terminal as it found it: main screen, cursor shown, cooked mode.
    func expectRestored(_ session: TmuxSession, exitCode: Int32) throws {
        let screen = try session.waitForScreen("exit status \(exitCode) and terminal modes") {
            $0.contains("EXIT=\(exitCode)") && $0.contains("TTY=")
        }
        #expect(try session.display("#{alternate_on}") == "0")
        #expect(try session.display("#{cursor_flag}") == "1")
        #expect(try session.display("#{mouse_any_flag}") == "0")
        let stty = screen.split(separator: "\n").first { $0.hasPrefix("TTY=") } ?? ""
        #expect(stty == "TTY=icanon echo", "terminal not back in cooked mode: \(stty)")
    }

    @Test func buildAPeeringWatchTheGatewayTransitFindingSaveAndQuit() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/saved.hubspoke.json"
        let session = try TmuxSession(command: Self.quoted(TmuxSession.binary))
        defer { session.kill() }
        try session.waitFor("built-in hub-and-spoke example")
        #expect(try session.display("#{alternate_on}") == "1")
        try session.command("add vnet vnet-spoke4 10.4.0.0/16")
        try session.waitFor("◇ vnet-spoke4  10.4.0.0/16")
        try session.command("peer vnet-hub vnet-spoke4")
        try session.waitFor("peered vnet-hub and vnet-spoke4")
        try session.command("set vnet-spoke4/peerings/vnet-spoke4-to-vnet-hub useRemoteGateways true")
        let broken = try session.waitFor("PEER-009")
        #expect(broken.contains("virtualNetworkPeerings/vnet-spoke4-to-vnet-hub"))
        try session.command("set vnet-spoke4/peerings/vnet-spoke4-to-vnet-hub useRemoteGateways false")
        try session.waitForAbsence(of: "PEER-009")
        try session.command("set vnet-spoke4/peerings/vnet-spoke4-to-vnet-hub useRemoteGateways true")
        try session.waitFor("PEER-009")
        try session.command("set vnet-hub/peerings/vnet-hub-to-vnet-spoke4 allowGatewayTransit true")
        try session.waitForAbsence(of: "PEER-009")
        try session.command("w \(file)")
        try session.waitFor("written \(file)")
        try session.command("q")
        try expectRestored(session, exitCode: 0)
        let saved = try DesignFile.decode(String(contentsOfFile: file, encoding: .utf8), fileName: file)
        let spoke = try #require(saved.virtualNetworks.first { $0.name == "vnet-spoke4" })
        #expect(spoke.addressPrefixes == ["10.4.0.0/16"])
        #expect(spoke.virtualNetworkPeerings.first?.useRemoteGateways == true)
        let hubHalf = saved.virtualNetworks.first { $0.name == "vnet-hub" }?.virtualNetworkPeerings.last
        #expect(hubHalf?.name == "vnet-hub-to-vnet-spoke4")
        #expect(hubHalf?.allowGatewayTransit == true)
    }

    @Test func resizeRelayoutsAndSaysWhenTooSmall() throws {
        let session = try TmuxSession(command: Self.quoted(TmuxSession.binary))
        defer { session.kill() }
        try session.waitFor("vnet-hub")
        try session.resize(width: 100, height: 30)
        let medium = try session.waitForScreen("a 100-column layout") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 30 && lines[0].count == 100 && lines[0].hasSuffix("┐")
                && screen.contains("Validation")
        }
        #expect(medium.contains("Topology"))
        try session.resize(width: 70, height: 20)
        try session.waitFor("Terminal too small")
        try session.resize(width: 120, height: 40)
        let large = try session.waitForScreen("the full layout again") { screen in
            screen.contains("Topology") && !screen.contains("too small")
                && screen.split(separator: "\n").first?.count == 120
        }
        #expect(large.contains("Inspector"))
        try session.keys("q")
        try expectRestored(session, exitCode: 0)
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func terminationSignalsRestoreTheTerminal(signal: Int32) throws {
        let session = try TmuxSession(command: Self.quoted(TmuxSession.binary))
        defer { session.kill() }
        try session.waitFor("vnet-hub")
        let pid = try #require(try session.appPID())
        #expect(Glibc.kill(pid, signal) == 0)
        try expectRestored(session, exitCode: 128 + signal)
    }

    /// A crash cannot be caught, but the crash handler restores the terminal with
    /// async-signal-safe calls before the process dies (simulated with a signal sent to the app;
    /// a real fault is then reported by the Swift runtime's backtracer).
    @Test(arguments: [SIGSEGV, SIGABRT])
    func crashSignalsRestoreTheTerminal(signal: Int32) throws {
        let session = try TmuxSession(command: Self.quoted(TmuxSession.binary))
        defer { session.kill() }
        try session.waitFor("vnet-hub")
        let pid = try #require(try session.appPID())
        #expect(Glibc.kill(pid, signal) == 0)
        try expectRestored(session, exitCode: 128 + signal)
    }

    /// Colours reach the real terminal through the theme, and NO_COLOR leaves only attributes.
    @Test func themesColourTheScreenAndNoColorUsesAttributesOnly() throws {
        let colour = try TmuxSession(command: Self.quoted(TmuxSession.binary) + " --theme high-contrast")
        defer { colour.kill() }
        try colour.waitFor("vnet-hub")
        let styled = try colour.tmux(["capture-pane", "-p", "-e", "-t", colour.target])
        #expect(styled.contains("\u{1B}[93m") && styled.contains("\u{1B}[40m"))
        try colour.command("theme light")
        try colour.waitFor("theme light")
        try colour.keys("q")
        try expectRestored(colour, exitCode: 0)

        let plain = try TmuxSession(command: "NO_COLOR=1 " + Self.quoted(TmuxSession.binary) + " --theme dark")
        defer { plain.kill() }
        try plain.waitFor("vnet-hub")
        let monochrome = try plain.tmux(["capture-pane", "-p", "-e", "-t", plain.target])
        let colourCodes = (0...7).flatMap { ["[3\($0)m", "[4\($0)m", "[9\($0)m", "[10\($0)m"] } + ["38;5", "48;5"]
        #expect(!colourCodes.contains { monochrome.contains("\u{1B}" + $0) })
        #expect(monochrome.contains("\u{1B}[7m") || monochrome.contains("\u{1B}[1m"))
        try plain.command("theme dark")
        try plain.waitFor("NO_COLOR is set: staying monochrome")
        try plain.keys("q")
        try expectRestored(plain, exitCode: 0)
    }

    @Test func aNewFileIsCreatedBySaveAndMouseSelects() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/new.hubspoke.json"
        let session = try TmuxSession(command: Self.quoted(TmuxSession.binary) + " " + Self.quoted(file))
        defer { session.kill() }
        try session.waitFor("new file")
        try session.waitFor("Empty design")
        try session.command("add vnet vnet-a 10.20.0.0/16")
        try session.command("add subnet vnet-a snet-one 10.20.1.0/24")
        try session.waitFor("snet-one")
        try session.click(x: 5, y: 1)
        try session.waitFor("virtual network vnet-a")
        try session.keys("C-s")
        try session.waitFor("written \(file)")
        try session.keys("q")
        try expectRestored(session, exitCode: 0)
        let saved = try DesignFile.decode(String(contentsOfFile: file, encoding: .utf8), fileName: file)
        #expect(saved.virtualNetworks.map(\.name) == ["vnet-a"])
        #expect(saved.virtualNetworks[0].subnets.map(\.addressPrefixes) == [["10.20.1.0/24"]])
    }

    @Test func unsavedChangesAreOfferedFromTheRecoveryFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/rec.hubspoke.json"
        try DesignFile.encode(Examples.hubAndSpoke).write(toFile: file, atomically: true, encoding: .utf8)
        let recovery = directory + "/.rec.hubspoke.json.recover"
        let command = "HUBSPOKE_RECOVERY_MS=20 " + Self.quoted(TmuxSession.binary) + " " + Self.quoted(file)
        let first = try TmuxSession(command: command)
        defer { first.kill() }
        try first.waitFor("opened")
        try first.command("add vnet vnet-lost 10.50.0.0/16")
        try first.waitFor("vnet-lost")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: recovery), Date() < deadline {
            try first.keys("j")
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(FileManager.default.fileExists(atPath: recovery))
        let pid = try #require(try first.appPID())
        Glibc.kill(pid, SIGKILL)
        first.kill()

        let second = try TmuxSession(command: Self.quoted(TmuxSession.binary) + " " + Self.quoted(file))
        defer { second.kill() }
        try second.waitFor("r  recover them")
        try second.keys("r")
        try second.waitFor("recovered unsaved changes")
        try second.waitFor("vnet-lost")
        try second.keys("C-s")
        try second.waitFor("written")
        #expect(!FileManager.default.fileExists(atPath: recovery))
        try second.keys("q")
        try expectRestored(second, exitCode: 0)
    }
}
