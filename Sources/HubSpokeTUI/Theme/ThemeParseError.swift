/// A theme file line that could not be read, with the file and line so the user can fix it.
public struct ThemeParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public var fileName: String
    public var line: Int
    public var message: String

    public var description: String { "\(fileName):\(line): \(message)" }
}
