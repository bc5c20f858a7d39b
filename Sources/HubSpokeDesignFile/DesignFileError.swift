/// Why a file could not be read as a design, with the place to fix it: `file:line:column:` and
/// the field path (`virtualNetworks[0].subnets[1].addressPrefixes`) where one applies.
public struct DesignFileError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var fieldPath: String?
    public var message: String

    public init(file: String = "", line: Int? = nil, column: Int? = nil, fieldPath: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.fieldPath = fieldPath
        self.message = message
    }

    public var description: String {
        var head = file
        if let line, let column { head += ":\(line):\(column)" }
        let field = fieldPath.map { $0.isEmpty ? "" : "\($0): " } ?? ""
        return head.isEmpty ? field + message : "\(head): \(field)\(message)"
    }

    /// `virtualNetworks[0].subnets[1].name` from a coding path.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var out = ""
        for key in codingPath {
            if let i = key.intValue {
                out += "[\(i)]"
            } else {
                out += out.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return out
    }
}
