import Foundation

/// Writes Bicep files of the corpus (kept as Swift string literals so the test target holds
/// no unhandled resource files) into a fresh temporary folder, for the reader to read from disk
/// and follow local modules.
enum CorpusFile {
    /// Writes `files` (relative path -> text) and returns the folder.
    static func materialize(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hubspoke-corpus-\(UUID().uuidString)")
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }
}
