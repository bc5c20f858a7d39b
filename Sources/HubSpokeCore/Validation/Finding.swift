/// One thing the validator has to say about a design: which catalog rule, about which
/// resources (paths as in `ResourcePath`), and a message that states the fact, the consequence
/// and the fix with the values involved.
public struct Finding: Hashable, Sendable, Codable {
    /// The catalog ID, verbatim (`PEER-009`).
    public var rule: String
    public var severity: Severity
    public var title: String
    public var message: String
    /// Resource paths, the resource the finding is about first.
    public var resources: [String]
    /// The property of the first resource the finding is about (`allowGatewayTransit`), so the
    /// editor can jump to it and unknown values can silence it.
    public var field: String?
    /// Where the first resource (or field) was written, for findings on files.
    public var location: SourceLocation?
    /// The reason given when the user suppressed this finding for its resource.
    public var suppressedReason: String?

    public init(
        rule: String, severity: Severity, title: String, message: String, resources: [String],
        field: String? = nil, location: SourceLocation? = nil, suppressedReason: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.title = title
        self.message = message
        self.resources = resources
        self.field = field
        self.location = location
        self.suppressedReason = suppressedReason
    }

    public var isSuppressed: Bool { suppressedReason != nil }
}

/// A place in a source file, 1-based.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
