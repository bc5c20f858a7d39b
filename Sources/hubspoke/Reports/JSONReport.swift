import Foundation
import HubSpokeCore

/// Exactly one JSON object: `{"file", "findings": [...], "summary": {...}}` (contracts.md).
enum JSONReport {
    struct Document: Encodable {
        var file: String
        var findings: [Item]
        var summary: Summary
    }

    struct Item: Encodable {
        var rule: String
        var severity: String
        var title: String
        var message: String
        var resources: [String]
        var field: String?
        var location: SourceLocation?
        var suppressed: Suppressed?
    }

    struct Suppressed: Encodable {
        var reason: String
    }

    static func render(_ findings: [Finding], file: String) -> String {
        let document = Document(
            file: file,
            findings: findings.map {
                Item(
                    rule: $0.rule, severity: $0.severity.rawValue, title: $0.title, message: $0.message,
                    resources: $0.resources, field: $0.field, location: $0.location,
                    suppressed: $0.suppressedReason.map(Suppressed.init))
            },
            summary: Summary(findings))
        return encode(document)
    }

    /// Pretty, sorted, slash-preserving JSON with a final newline.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain structs of strings and numbers always encode.
        return String(decoding: try! encoder.encode(value), as: UTF8.self) + "\n"
    }
}
