/// A parsed `.bicep` or `.bicepparam` file: its declarations in source order, its comments,
/// and the source bytes (for verbatim text of declarations hubspoke does not model).
public struct BicepDocument: Sendable {
    /// The file name used in error messages and locations (as given to `parse`).
    public var file: String
    public var declarations: [BicepDeclaration]
    public var comments: [BicepComment]
    /// The UTF-8 source.
    public var sourceBytes: [UInt8]

    public init(file: String, declarations: [BicepDeclaration], comments: [BicepComment], sourceBytes: [UInt8]) {
        self.file = file
        self.declarations = declarations
        self.comments = comments
        self.sourceBytes = sourceBytes
    }

    /// Parses Bicep (or bicepparam) text. Throws the first syntax error with its position.
    public static func parse(_ text: String, file: String) throws(BicepSyntaxError) -> BicepDocument {
        try parse(bytes: Array(text.utf8), file: file)
    }

    public static func parse(bytes: [UInt8], file: String) throws(BicepSyntaxError) -> BicepDocument {
        if let document = parseInHalves(bytes: bytes, file: file) { return document }
        let (tokens, comments) = try BicepLexer.tokenize(bytes, file: file)
        var parser = BicepParser(tokens: tokens, bytes: bytes, file: file)
        let declarations = try parser.parseDocument()
        return BicepDocument(file: file, declarations: declarations, comments: comments, sourceBytes: bytes)
    }

    /// The source text of a range, exactly as written.
    public func sourceText(_ range: SourceRange) -> String {
        let start = max(0, min(range.start.offset, sourceBytes.count))
        let end = max(start, min(range.end.offset, sourceBytes.count))
        return String(decoding: sourceBytes[start..<end], as: UTF8.self)
    }

    /// The comments on the lines directly above `range` (each alone on its line, no blank
    /// line in between), nearest last. This is where `// hubspoke:suppress` lines live.
    public func leadingComments(of range: SourceRange) -> [BicepComment] {
        var result: [BicepComment] = []
        var expectedLine = range.start.line - 1
        var low = 0
        var high = comments.count
        while low < high {
            let mid = (low + high) / 2
            if comments[mid].range.start.offset < range.start.offset { low = mid + 1 } else { high = mid }
        }
        var index = low - 1
        while index >= 0 {
            let comment = comments[index]
            guard comment.range.end.line == expectedLine, isAloneOnLine(comment) else { break }
            result.append(comment)
            expectedLine = comment.range.start.line - 1
            index -= 1
        }
        return result.reversed()
    }

    private func isAloneOnLine(_ comment: BicepComment) -> Bool {
        var offset = comment.range.start.offset - 1
        while offset >= 0, offset < sourceBytes.count {
            let b = sourceBytes[offset]
            if b == 0x0A || b == 0x0D { return true }
            if b != 0x20 && b != 0x09 { return false }
            offset -= 1
        }
        return true
    }

    public var parameters: [BicepParameterDeclaration] {
        declarations.compactMap { if case .parameter(let d) = $0 { d } else { nil } }
    }

    public var variables: [BicepVariableDeclaration] {
        declarations.compactMap { if case .variable(let d) = $0 { d } else { nil } }
    }

    /// Top-level resources (nested children are inside their parents' bodies).
    public var resources: [BicepResourceDeclaration] {
        declarations.compactMap { if case .resource(let d) = $0 { d } else { nil } }
    }

    public var modules: [BicepModuleDeclaration] {
        declarations.compactMap { if case .module(let d) = $0 { d } else { nil } }
    }

    public var outputs: [BicepOutputDeclaration] {
        declarations.compactMap { if case .output(let d) = $0 { d } else { nil } }
    }

    public var imports: [BicepImportDeclaration] {
        declarations.compactMap { if case .import(let d) = $0 { d } else { nil } }
    }

    public var functions: [BicepFunctionDeclaration] {
        declarations.compactMap { if case .function(let d) = $0 { d } else { nil } }
    }

    public var types: [BicepTypeDeclaration] {
        declarations.compactMap { if case .type(let d) = $0 { d } else { nil } }
    }

    /// The value of `targetScope`, when it is a plain string.
    public var targetScope: String? {
        for case .targetScope(let d) in declarations {
            if case .string(let segments, let interpolations) = d.value.kind, interpolations.isEmpty {
                return segments.first
            }
        }
        return nil
    }

    /// The `using` path of a `.bicepparam` file.
    public var usingPath: String? {
        for case .using(let d) in declarations { return d.path }
        return nil
    }
}
