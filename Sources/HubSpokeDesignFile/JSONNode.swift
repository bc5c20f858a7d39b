/// A parsed JSON value that remembers where it was written, so that every error about a design
/// file can name its line and column. Object members keep their order.
public struct JSONNode: Sendable {
    public enum Kind: Sendable {
        case object([Member])
        case array([JSONNode])
        case string(String)
        /// The number as written; decoding decides whether it is a valid Int or Double.
        case number(String)
        case bool(Bool)
        case null
    }

    public struct Member: Sendable {
        public var key: String
        public var keyLine: Int
        public var keyColumn: Int
        public var value: JSONNode
    }

    public var kind: Kind
    public var line: Int
    public var column: Int

    /// A short name of the kind for messages: "a string", "an array"...
    public var kindDescription: String {
        switch kind {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "true or false"
        case .null: return "null"
        }
    }

    public func member(_ key: String) -> Member? {
        guard case .object(let members) = kind else { return nil }
        return members.first { $0.key == key }
    }
}
