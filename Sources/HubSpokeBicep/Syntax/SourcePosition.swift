/// A point in a Bicep source file. Lines and columns are 1-based; the column counts Unicode
/// scalars from the start of the line, so it matches what editors show for UTF-8 text. The
/// offset is the 0-based UTF-8 byte offset, which is what slicing the source text needs.
public struct SourcePosition: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool { lhs.offset < rhs.offset }

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
