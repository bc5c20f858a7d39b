/// A point in a Bicep source file. Lines and columns are 1-based; the column counts Unicode
/// scalars from the start of the line, so it matches what editors show for UTF-8 text. The
/// offset is the 0-based UTF-8 byte offset, which is what slicing the source text needs.
public struct SourcePosition: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    // Stored as 32-bit values: every syntax node holds two positions, and halving them
    // measurably speeds up parsing large files. Files over 2 GB are not Bicep.
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedOffset: Int32

    private enum CodingKeys: String, CodingKey {
        case storedLine = "line"
        case storedColumn = "column"
        case storedOffset = "offset"
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(truncatingIfNeeded: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(truncatingIfNeeded: newValue) }
    }

    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(truncatingIfNeeded: newValue) }
    }

    public init(line: Int, column: Int, offset: Int) {
        storedLine = Int32(truncatingIfNeeded: line)
        storedColumn = Int32(truncatingIfNeeded: column)
        storedOffset = Int32(truncatingIfNeeded: offset)
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool { lhs.storedOffset < rhs.storedOffset }

    /// `line:column`, the form used in error messages.
    public var description: String { "\(line):\(column)" }
}

/// The half-open span `start..<end` of a syntax node in its file.
public struct SourceRange: Hashable, Sendable, Codable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// The smallest range that covers both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}

/// A position together with the file it is in: what findings and notes point at.
public struct BicepSourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public init(file: String, position: SourcePosition) {
        self.init(file: file, line: position.line, column: position.column)
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}
