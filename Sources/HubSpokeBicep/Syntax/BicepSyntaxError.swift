/// Why a Bicep file could not be read: the file, the position and what was expected there.
/// `description` is the `file:line:column: message` text the CLI prints before exiting with 2.
public struct BicepSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The message without the location, e.g. `expected ']' to close the array opened at 38:21,
    /// found end of file`.
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public init(file: String, position: SourcePosition, message: String) {
        self.init(file: file, line: position.line, column: position.column, message: message)
    }

    public var location: BicepSourceLocation { BicepSourceLocation(file: file, line: line, column: column) }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}
