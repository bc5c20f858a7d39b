import Foundation
import HubSpokeCore

/// The native design format, `*.hubspoke.json`: a JSON object with `"format": "hubspoke/1"`
/// and the design's resources, keys sorted so that a small edit gives a small diff.
///
/// Reading is strict about structure (a wrong type, a missing required field or an unknown
/// field stops the load with its line and column) and lenient about values (a prefix such as
/// `10.0.0.1/16` loads and the validator reports it, so it can be fixed in the editor).
public enum DesignFile {
    public static let formatVersion = "hubspoke/1"
    public static let fileExtension = ".hubspoke.json"

    /// Decodes design file text. `fileName` only labels errors.
    public static func decode(_ text: String, fileName: String) throws(DesignFileError) -> Design {
        try decode(bytes: Array(text.utf8), fileName: fileName)
    }

    public static func decode(bytes: [UInt8], fileName: String) throws(DesignFileError) -> Design {
        try decodeDocument(bytes: bytes, fileName: fileName).design
    }

    /// Decodes a design with the source location of each resource and property.
    public static func decodeDocument(bytes: [UInt8], fileName: String) throws(DesignFileError) -> DesignDocument {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw DesignFileError(
                file: fileName,
                message:
                    "the file is empty; expected a hubspoke design (a JSON object with \"format\": \"\(formatVersion)\")"
            )
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw DesignFileError(
                file: fileName,
                message: "not a text file (a NUL byte at offset \(nul)); expected a hubspoke design in JSON")
        }
        if String(validating: bytes, as: UTF8.self) == nil {
            throw DesignFileError(file: fileName, message: "not UTF-8 text; expected a hubspoke design in JSON")
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw DesignFileError(file: fileName, line: error.line, column: error.column, message: error.message)
        }
        guard case .object = root.kind else {
            throw DesignFileError(
                file: fileName, line: root.line, column: root.column,
                message: "expected a JSON object with \"format\": \"\(formatVersion)\", found \(root.kindDescription)")
        }
        guard let format = root.member("format") else {
            throw DesignFileError(
                file: fileName, line: root.line, column: root.column, fieldPath: "format",
                message: "missing; a hubspoke design starts with \"format\": \"\(formatVersion)\"")
        }
        guard case .string(let version) = format.value.kind else {
            throw DesignFileError(
                file: fileName, line: format.value.line, column: format.value.column, fieldPath: "format",
                message: "expected the string \"\(formatVersion)\", found \(format.value.kindDescription)")
        }
        guard version == formatVersion else {
            let newer = version.hasPrefix("hubspoke/")
            throw DesignFileError(
                file: fileName, line: format.value.line, column: format.value.column, fieldPath: "format",
                message: newer
                    ? "\"\(version)\" was written by a newer hubspoke; this version reads \"\(formatVersion)\""
                    : "expected \"\(formatVersion)\", found \"\(version)\"")
        }
        let tracker = NodeDecoder.Tracker()
        tracker.used.insert(NodeDecoder.Tracker.key(root, "format"))
        let design: Design
        do {
            design = try Design(from: NodeDecoder(node: root, codingPath: [], tracker: tracker, anchor: root))
        } catch var error as DesignFileError {
            error.file = fileName
            throw error
        } catch {
            throw DesignFileError(file: fileName, message: "\(error)")
        }
        if let unknown = firstUnusedMember(root, path: "", tracker: tracker) {
            throw DesignFileError(
                file: fileName, line: unknown.line, column: unknown.column, fieldPath: unknown.path,
                message: "unknown field; this version of hubspoke reads \"\(formatVersion)\" and does not define it")
        }
        return DesignDocument(design: design, sourceMap: DesignFileSourceMap.build(root, fileName: fileName))
    }

    private static func firstUnusedMember(_ node: JSONNode, path: String, tracker: NodeDecoder.Tracker)
        -> (line: Int, column: Int, path: String)?
    {
        switch node.kind {
        case .object(let members):
            for m in members {
                let childPath = path.isEmpty ? m.key : "\(path).\(m.key)"
                if !tracker.used.contains(NodeDecoder.Tracker.key(node, m.key)) {
                    return (m.keyLine, m.keyColumn, childPath)
                }
                if let found = firstUnusedMember(m.value, path: childPath, tracker: tracker) { return found }
            }
        case .array(let items):
            for (i, item) in items.enumerated() {
                if let found = firstUnusedMember(item, path: "\(path)[\(i)]", tracker: tracker) { return found }
            }
        default:
            break
        }
        return nil
    }

    /// The file text for a design: pretty-printed, keys sorted, ending in a newline. The same
    /// design always gives the same bytes.
    public static func encode(_ design: Design) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types to JSON cannot fail.
        let data = try! encoder.encode(VersionedDesign(design: design))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads and decodes a file, turning every way it can be unreadable into a message.
    public static func read(path: String) throws(DesignFileError) -> Design {
        try decode(bytes: try TextFile.readBytes(path: path), fileName: path)
    }

    /// Reads a file with source locations for findings.
    public static func readDocument(path: String) throws(DesignFileError) -> DesignDocument {
        try decodeDocument(bytes: try TextFile.readBytes(path: path), fileName: path)
    }

    /// Encodes and saves atomically (temp file, fsync, rename).
    public static func write(_ design: Design, to path: String) throws(DesignFileError) {
        try AtomicFile.write(encode(design), to: path)
    }
}

private struct VersionedDesign: Encodable {
    var design: Design

    enum CodingKeys: String, CodingKey { case format }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(DesignFile.formatVersion, forKey: .format)
        try design.encode(to: encoder)
    }
}
