/// The lexical classes of Bicep. Strings with `${}` are split into start, middle and end
/// pieces so that the parser sees the interpolated expressions as ordinary tokens.
enum BicepTokenKind: UInt8, Sendable {
    case identifier
    case integer
    /// `'text'` without interpolation.
    case string
    /// `'text${`
    case stringStart
    /// `}text${`
    case stringMiddle
    /// `}text'`
    case stringEnd
    /// `'''text'''`
    case multilineString
    case leftBrace, rightBrace, leftParen, rightParen, leftSquare, rightSquare
    case comma, dot, colon, doubleColon, question, doubleQuestion, at, assignment, arrow
    case plus, minus, asterisk, slash, modulo, exclamation
    case equals, notEquals, equalsInsensitive, notEqualsInsensitive
    case less, lessOrEqual, greater, greaterOrEqual
    case logicalAnd, logicalOr, pipe, ellipsis
    case newline
    case endOfFile
}

/// One token, kept small (32 bytes) because a 5 MB file has close to a million of them.
/// Text is not copied: the parser slices the source bytes when it needs a name or a value.
struct BicepToken: Sendable {
    var kind: BicepTokenKind
    var start: UInt32
    var end: UInt32
    var line: UInt32
    var column: UInt32
    var endLine: UInt32
    var endColumn: UInt32

    var startPosition: SourcePosition {
        SourcePosition(line: Int(line), column: Int(column), offset: Int(start))
    }

    var endPosition: SourcePosition {
        SourcePosition(line: Int(endLine), column: Int(endColumn), offset: Int(end))
    }

    var range: SourceRange { SourceRange(start: startPosition, end: endPosition) }
}

/// A `//` or `/* */` comment. Comments are kept because hubspoke reads
/// `// hubspoke:suppress RULE reason` lines above resources.
public struct BicepComment: Hashable, Sendable, Codable {
    /// The comment text without `//` or `/*`, `*/`.
    public var text: String
    public var isBlock: Bool
    public var range: SourceRange

    public init(text: String, isBlock: Bool, range: SourceRange) {
        self.text = text
        self.isBlock = isBlock
        self.range = range
    }
}
