import ArgumentParser
import Foundation
import HubSpokeCore
import HubSpokeDesignFile

/// `hubspoke example NAME`: writes a built-in design to start from.
struct Example: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "example",
        abstract: "Write a built-in example design (\(Examples.names.joined(separator: ", "))).")

    @Argument(help: ArgumentHelp("The example.", valueName: Examples.names.joined(separator: "|")))
    var name: String

    @Option(name: .shortAndLong, help: "Where to write it ('-' for standard output).")
    var output: String = "-"

    @Flag(help: "Overwrite an existing file.")
    var force = false

    func run() throws {
        guard let design = Examples.named(name) else {
            throw ValidationError(
                "Unknown example '\(name)'. Choose one of: \(Examples.names.joined(separator: ", ")).")
        }
        try OutputFile.write(DesignFile.encode(design), to: output, force: force)
    }
}

/// Writing command output: stdout for `-`, otherwise atomically, never over an existing file
/// unless `--force` says so.
enum OutputFile {
    static func write(_ text: String, to path: String, force: Bool) throws {
        if path == "-" {
            print(text, terminator: "")
            return
        }
        if !force && FileManager.default.fileExists(atPath: path) {
            FileHandle.standardError.write(Data("hubspoke: \(path) exists; use --force to overwrite it\n".utf8))
            throw ExitCode(2)
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            FileHandle.standardError.write(Data("hubspoke: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
