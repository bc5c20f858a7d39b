import Foundation
import HubSpokeBicep

/// Test Bicep files next to this source file, loaded by path (no package resources).
enum FixtureFiles {
    static let directory: String = {
        let path = #filePath
        return String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
    }()

    static func path(_ name: String) -> String { directory + "/" + name }

    static func text(_ name: String) throws -> String { try BicepFileLoader.disk(path(name)) }

    static func document(_ name: String) throws -> BicepDocument {
        try BicepDocument.parse(text(name), file: path(name))
    }

    static func evaluate(_ name: String, parameters: [String: BicepValue] = [:]) throws -> EvaluatedTemplate {
        BicepEvaluator(fileLoader: BicepFileLoader.disk).evaluate(try document(name), parameters: parameters)
    }

    /// Every `.bicep` and `.bicepparam` fixture.
    static var all: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".bicep") || $0.hasSuffix(".bicepparam") }
            .sorted()
    }
}
