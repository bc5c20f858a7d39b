import Foundation

/// The default way to load local modules and imported files: read them from disk.
public enum BicepFileLoader {
    /// Reads the resolved path as UTF-8 text.
    public static let disk: BicepEvaluator.FileLoader = { path in
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(path: path)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Serves files from memory (tests, editors with unsaved buffers); keys are resolved paths.
    public static func inMemory(_ files: [String: String]) -> BicepEvaluator.FileLoader {
        { path in
            guard let text = files[path] else { throw LoadError(path: path) }
            return text
        }
    }

    public struct LoadError: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "no such file: \(path)" }
    }
}
