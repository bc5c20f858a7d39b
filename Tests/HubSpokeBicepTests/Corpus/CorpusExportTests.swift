import Foundation
import HubSpokeBicep
import HubSpokeCore
import HubSpokeTestSupport
import Testing

/// What import hands to export: every corpus project, read and written back, is Bicep the
/// checker accepts, and a second round trip changes nothing.
struct CorpusExportTests {
    @Test func exportsOfImportedCorpusPassCheckBicep() throws {
        var files: [(name: String, text: String)] = []
        for corpus in CorpusCase.all {
            let design = try corpus.read().design
            files.append((name: "\(corpus.name).bicep", text: BicepWriter.write(design)))
        }
        let result = try CheckBicep.run(files)
        #expect(result.status == 0, "check-bicep on exports of the corpus:\n\(result.output)")
    }

    @Test(arguments: CorpusCase.all)
    func exportOfImportIsStable(_ corpus: CorpusCase) throws {
        let first = BicepWriter.write(try corpus.read().design)
        let again = try BicepReader.read(text: first, file: "export.bicep").design
        let second = BicepWriter.write(again)
        #expect(first == second, "\(corpus.name): export(import(export)) differs from export")
    }
}

/// Malformed input never traps: truncated and mutated corpus files give a design or a clean
/// error.
struct MalformedInputTests {
    static let mutations: [@Sendable (String) -> String] = [
        { $0.replacingOccurrences(of: "}", with: "") },
        { $0.replacingOccurrences(of: "'", with: "") },
        { $0.replacingOccurrences(of: "[", with: "{") },
        { $0.replacingOccurrences(of: ":", with: " ") },
        { $0.replacingOccurrences(of: "properties", with: "properties.properties") },
        { $0.replacingOccurrences(of: "'10.", with: "'999.") },
        { $0.replacingOccurrences(of: "true", with: "'yes'") },
        { $0.replacingOccurrences(of: "id: ", with: "id: 42 + ") },
    ]

    @Test(arguments: CorpusCase.all)
    func truncatedAndMutated(_ corpus: CorpusCase) {
        let text = corpus.files["main.bicep"] ?? ""
        var inputs: [String] = []
        let step = max(1, text.count / 40)
        for cut in stride(from: 0, to: text.count, by: step) { inputs.append(String(text.prefix(cut))) }
        inputs += Self.mutations.map { $0(text) }
        var outcomes = 0
        for input in inputs {
            do {
                _ = try BicepReader.read(text: input, file: "fuzz.bicep")
                outcomes += 1
            } catch let error as BicepReadError {
                #expect(error.message.hasPrefix("fuzz.bicep:"), "error without a location: \(error.message)")
                outcomes += 1
            } catch {
                Issue.record("unexpected error type: \(error)")
            }
        }
        #expect(outcomes == inputs.count)
    }
}
