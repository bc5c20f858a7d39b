import Foundation

/// Runs `../shared/tools/check-bicep` on Bicep text. The checker is found through the
/// `CHECK_BICEP` environment variable (path to the script), else next to the project at
/// `../shared/tools/check-bicep` (or a folder further up); its venv through `CHECK_BICEP_VENV` or `./.venv-check-bicep`.
/// Without them the check fails with the setup command: `.ci/run` installs it. Shared by the
/// Bicep writer's tests and the end-to-end tests that export from the designer.
public enum CheckBicep {
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
    }

    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var scriptPath: String? {
        if let path = ProcessInfo.processInfo.environment["CHECK_BICEP"], !path.isEmpty { return path }
        // `../shared/tools` beside the project; worktrees sit one level deeper, so look upwards.
        var dir = packageRoot.deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("shared/tools/check-bicep").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    static let setupHelp = """
        check-bicep is not set up. Set CHECK_BICEP=/path/to/check-bicep, or from the project root run \
        ../shared/tools/setup-check-bicep (creates ./.venv-check-bicep; needs Python >= 3.10 and PyPI).
        """

    /// Writes each text to a temporary file named after its key and checks them all at once.
    public static func run(_ files: [(name: String, text: String)]) throws -> Result {
        guard let script = scriptPath else { return Result(status: 2, output: setupHelp) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("check-bicep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for file in files {
            let url = dir.appendingPathComponent(file.name)
            try file.text.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = paths
        process.currentDirectoryURL = packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var output = String(decoding: data, as: UTF8.self)
        if process.terminationStatus == 2 { output += "\n" + setupHelp }
        return Result(status: process.terminationStatus, output: output)
    }
}
