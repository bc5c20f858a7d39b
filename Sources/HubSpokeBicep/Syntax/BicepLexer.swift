/// Turns the UTF-8 bytes of a Bicep file into tokens in one pass.
///
/// Newlines are tokens because Bicep uses them to end declarations and to separate object
/// properties and array items; consecutive blank lines collapse into one newline token.
/// Columns count Unicode scalars (continuation bytes are not counted) so they match editors.
struct BicepLexer {
    private let bytes: [UInt8]
    private let file: String
    private(set) var index = 0
    private var line = 1
    private var lineStart = 0
    /// UTF-8 continuation bytes seen since `lineStart`, subtracted when computing columns.
    private var continuationBytesOnLine = 0
    /// For each open `${`, the brace depth at which its closing `}` resumes the string.
    private var interpolationDepths: [Int] = []
    private var braceDepth = 0

    /// Whether the lexer is between tokens at the top level: no brace and no string
    /// interpolation open (where a file may be cut in two, see `BicepDocument+Halves.swift`).
    var isAtTopLevel: Bool { braceDepth == 0 && interpolationDepths.isEmpty }

    private(set) var tokens: [BicepToken] = []
    private(set) var comments: [BicepComment] = []

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// Lexes the whole input. Throws the first lexical error (unterminated string, unknown
    /// character, bad escape).
    static func tokenize(_ bytes: [UInt8], file: String) throws(BicepSyntaxError) -> (
        tokens: [BicepToken], comments: [BicepComment]
    ) {
        var lexer = BicepLexer(bytes: bytes, file: file)
        lexer.tokens.reserveCapacity(bytes.count / 5 + 16)
        try lexer.run()
        return (lexer.tokens, lexer.comments)
    }

    private var column: Int { index - lineStart - continuationBytesOnLine + 1 }

    private var position: SourcePosition { SourcePosition(line: line, column: column, offset: index) }

    private func error(_ message: String, at position: SourcePosition) -> BicepSyntaxError {
        BicepSyntaxError(file: file, position: position, message: message)
    }

    private mutating func newLine(after offset: Int) {
        line += 1
        lineStart = offset
        continuationBytesOnLine = 0
    }

    private mutating func emit(_ kind: BicepTokenKind, from start: SourcePosition) {
        tokens.append(
            BicepToken(
                kind: kind, start: UInt32(truncatingIfNeeded: start.offset),
                end: UInt32(truncatingIfNeeded: index), line: UInt32(truncatingIfNeeded: start.line),
                column: UInt32(truncatingIfNeeded: start.column), endLine: UInt32(truncatingIfNeeded: line),
                endColumn: UInt32(truncatingIfNeeded: column)))
    }

    private func byte(at offset: Int) -> UInt8 { offset < bytes.count ? bytes[offset] : 0 }

    /// A lexer that starts at byte `start`, the first byte of line `line` or a new line
    /// right after a one-character line (`lineStart` is then the start of that line).
    init(bytes: [UInt8], file: String, start: Int, line: Int, lineStart: Int) {
        self.init(bytes: bytes, file: file)
        index = start
        self.line = line
        self.lineStart = lineStart
    }

    /// Lexes from the current position up to `stop`: the token that crosses `stop` is finished,
    /// and no end-of-file token is added. The caller checks `index` and `isAtTopLevel`.
    mutating func run(stoppingAt stop: Int) throws(BicepSyntaxError) {
        try lexTokens(until: stop)
    }

    /// Lexes to the end of the input and adds the end-of-file token.
    mutating func run() throws(BicepSyntaxError) {
        // Skip a UTF-8 byte order mark.
        if index == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
            lineStart = 3
        }
        try lexTokens(until: bytes.count)
        try finish()
    }

    private mutating func lexTokens(until stop: Int) throws(BicepSyntaxError) {
        let count = bytes.count
        while index < stop {
            let b = bytes[index]
            switch b {
            case 0x20, 0x09:
                index += 1
            case 0x0A, 0x0D:
                let start = position
                index += 1
                if b == 0x0D, byte(at: index) == 0x0A { index += 1 }
                if tokens.last?.kind != .newline {
                    tokens.append(
                        BicepToken(
                            kind: .newline, start: UInt32(truncatingIfNeeded: start.offset),
                            end: UInt32(truncatingIfNeeded: index), line: UInt32(truncatingIfNeeded: start.line),
                            column: UInt32(truncatingIfNeeded: start.column),
                            endLine: UInt32(truncatingIfNeeded: start.line),
                            endColumn: UInt32(truncatingIfNeeded: start.column + 1)))
                }
                newLine(after: index)
            case 0x2F:  // '/'
                let next = byte(at: index + 1)
                if next == 0x2F {
                    lexLineComment()
                } else if next == 0x2A {
                    try lexBlockComment()
                } else {
                    single(.slash)
                }
            case 0x27:  // '\''
                if byte(at: index + 1) == 0x27, byte(at: index + 2) == 0x27 {
                    try lexMultilineString()
                } else {
                    let start = position
                    index += 1
                    try lexStringBody(start: start, opening: true)
                }
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                let start = position
                index += 1
                while index < count {
                    let c = bytes[index]
                    if (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F {
                        index += 1
                    } else {
                        break
                    }
                }
                emit(.identifier, from: start)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = position
                while index < count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                emit(.integer, from: start)
            case UInt8(ascii: "{"):
                braceDepth += 1
                single(.leftBrace)
            case UInt8(ascii: "}"):
                if let depth = interpolationDepths.last, depth == braceDepth {
                    interpolationDepths.removeLast()
                    let start = position
                    index += 1
                    try lexStringBody(start: start, opening: false)
                } else {
                    braceDepth -= 1
                    single(.rightBrace)
                }
            case UInt8(ascii: "("): single(.leftParen)
            case UInt8(ascii: ")"): single(.rightParen)
            case UInt8(ascii: "["): single(.leftSquare)
            case UInt8(ascii: "]"): single(.rightSquare)
            case UInt8(ascii: ","): single(.comma)
            case UInt8(ascii: "."):
                if byte(at: index + 1) == 0x2E, byte(at: index + 2) == 0x2E {
                    multi(.ellipsis, length: 3)
                } else {
                    single(.dot)
                }
            case UInt8(ascii: ":"):
                if byte(at: index + 1) == UInt8(ascii: ":") { multi(.doubleColon, length: 2) } else { single(.colon) }
            case UInt8(ascii: "?"):
                if byte(at: index + 1) == UInt8(ascii: "?") {
                    multi(.doubleQuestion, length: 2)
                } else {
                    single(.question)
                }
            case UInt8(ascii: "@"): single(.at)
            case UInt8(ascii: "="):
                switch byte(at: index + 1) {
                case UInt8(ascii: "="): multi(.equals, length: 2)
                case UInt8(ascii: "~"): multi(.equalsInsensitive, length: 2)
                case UInt8(ascii: ">"): multi(.arrow, length: 2)
                default: single(.assignment)
                }
            case UInt8(ascii: "!"):
                switch byte(at: index + 1) {
                case UInt8(ascii: "="): multi(.notEquals, length: 2)
                case UInt8(ascii: "~"): multi(.notEqualsInsensitive, length: 2)
                default: single(.exclamation)
                }
            case UInt8(ascii: "<"):
                if byte(at: index + 1) == UInt8(ascii: "=") { multi(.lessOrEqual, length: 2) } else { single(.less) }
            case UInt8(ascii: ">"):
                if byte(at: index + 1) == UInt8(ascii: "=") {
                    multi(.greaterOrEqual, length: 2)
                } else {
                    single(.greater)
                }
            case UInt8(ascii: "&"):
                guard byte(at: index + 1) == UInt8(ascii: "&") else {
                    throw error("expected '&&', found '&'", at: position)
                }
                multi(.logicalAnd, length: 2)
            case UInt8(ascii: "|"):
                if byte(at: index + 1) == UInt8(ascii: "|") { multi(.logicalOr, length: 2) } else { single(.pipe) }
            case UInt8(ascii: "+"): single(.plus)
            case UInt8(ascii: "-"): single(.minus)
            case UInt8(ascii: "*"): single(.asterisk)
            case UInt8(ascii: "%"): single(.modulo)
            default:
                throw error("unexpected character \(describe(byteAt: index))", at: position)
            }
        }
    }

    /// Ends the tokens here, as if the input stopped at the current position.
    mutating func endInputHere() {
        let end = position
        tokens.append(
            BicepToken(
                kind: .endOfFile, start: UInt32(truncatingIfNeeded: end.offset),
                end: UInt32(truncatingIfNeeded: end.offset),
                line: UInt32(truncatingIfNeeded: end.line), column: UInt32(truncatingIfNeeded: end.column),
                endLine: UInt32(truncatingIfNeeded: end.line), endColumn: UInt32(truncatingIfNeeded: end.column)))
    }

    mutating func reserveTokens(forBytes count: Int) { tokens.reserveCapacity(count / 5 + 16) }

    private mutating func finish() throws(BicepSyntaxError) {
        if !interpolationDepths.isEmpty {
            throw error("expected '}' to close the string interpolation, found end of file", at: position)
        }
        // End of file is reported where the last content ends, so "found end of file" points at
        // the last written line rather than an empty line after the final newline.
        var end = position
        var lastContent = tokens.last { $0.kind != .newline }?.endPosition
        if let comment = comments.last?.range.end, lastContent.map({ comment.offset > $0.offset }) ?? true {
            lastContent = comment
        }
        if let lastContent { end = lastContent }
        tokens.append(
            BicepToken(
                kind: .endOfFile, start: UInt32(truncatingIfNeeded: end.offset),
                end: UInt32(truncatingIfNeeded: end.offset),
                line: UInt32(truncatingIfNeeded: end.line), column: UInt32(truncatingIfNeeded: end.column),
                endLine: UInt32(truncatingIfNeeded: end.line), endColumn: UInt32(truncatingIfNeeded: end.column)))
    }

    private func describe(byteAt offset: Int) -> String {
        let b = bytes[offset]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        var end = offset + 1
        while end < bytes.count, end < offset + 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: bytes[offset..<end], as: UTF8.self)
        if b >= 0x80, !text.contains("\u{FFFD}") { return "'\(text)'" }
        return "byte 0x" + String(b, radix: 16, uppercase: true)
    }

    private mutating func single(_ kind: BicepTokenKind) { multi(kind, length: 1) }

    private mutating func multi(_ kind: BicepTokenKind, length: Int) {
        let start = position
        index += length
        emit(kind, from: start)
    }

    private mutating func countContinuation(_ b: UInt8) {
        if b & 0xC0 == 0x80 { continuationBytesOnLine += 1 }
    }

    private mutating func lexLineComment() {
        let start = position
        index += 2
        let textStart = index
        while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D {
            countContinuation(bytes[index])
            index += 1
        }
        comments.append(
            BicepComment(
                text: String(decoding: bytes[textStart..<index], as: UTF8.self), isBlock: false,
                range: SourceRange(start: start, end: position)))
    }

    private mutating func lexBlockComment() throws(BicepSyntaxError) {
        let start = position
        index += 2
        let textStart = index
        while true {
            guard index < bytes.count else {
                throw error("expected '*/' to close the comment opened at \(start), found end of file", at: position)
            }
            let b = bytes[index]
            if b == 0x2A, byte(at: index + 1) == 0x2F {
                let textEnd = index
                index += 2
                comments.append(
                    BicepComment(
                        text: String(decoding: bytes[textStart..<textEnd], as: UTF8.self), isBlock: true,
                        range: SourceRange(start: start, end: position)))
                return
            }
            index += 1
            if b == 0x0A || (b == 0x0D && byte(at: index) != 0x0A) {
                newLine(after: index)
            } else {
                countContinuation(b)
            }
        }
    }

    /// Lexes string text after `'` (opening) or after the `}` that ends an interpolation, up to
    /// the closing `'` or the next `${`.
    private mutating func lexStringBody(start: SourcePosition, opening: Bool) throws(BicepSyntaxError) {
        while true {
            guard index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D else {
                let found = index < bytes.count ? "new line" : "end of file"
                throw error("expected \"'\" to close the string opened at \(start), found \(found)", at: position)
            }
            let b = bytes[index]
            if b == 0x5C {  // backslash: the escape is checked when the parser decodes the text
                index += 1
                guard index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D else { continue }
                countContinuation(bytes[index])
                index += 1
            } else if b == 0x27 {
                index += 1
                emit(opening ? .string : .stringEnd, from: start)
                return
            } else if b == 0x24, byte(at: index + 1) == 0x7B {  // ${
                index += 2
                interpolationDepths.append(braceDepth)
                emit(opening ? .stringStart : .stringMiddle, from: start)
                return
            } else {
                countContinuation(b)
                index += 1
            }
        }
    }

    private mutating func lexMultilineString() throws(BicepSyntaxError) {
        let start = position
        index += 3
        while true {
            guard index < bytes.count else {
                throw error(
                    "expected \"'''\" to close the multi-line string opened at \(start), found end of file",
                    at: position)
            }
            let b = bytes[index]
            if b == 0x27, byte(at: index + 1) == 0x27, byte(at: index + 2) == 0x27 {
                index += 3
                // A string ending in quotes (`''''`) keeps the extra quotes inside.
                while byte(at: index) == 0x27 { index += 1 }
                emit(.multilineString, from: start)
                return
            }
            index += 1
            if b == 0x0A || (b == 0x0D && byte(at: index) != 0x0A) {
                newLine(after: index)
            } else {
                countContinuation(b)
            }
        }
    }
}
