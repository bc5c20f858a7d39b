/// A `Decoder` over `JSONNode`s. It exists for three things Foundation's `JSONDecoder` cannot
/// do: name the line and column of a bad value, reject members the format does not define
/// (a typo or a field from a newer version must not be dropped silently), and let a file leave
/// out empty lists and objects.
final class NodeDecoder: Decoder {
    /// Which object members some model type read, to find the ones none did.
    final class Tracker {
        var used: Set<String> = []
        static func key(_ node: JSONNode, _ member: String) -> String { "\(node.line):\(node.column):\(member)" }
    }

    let node: JSONNode?
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any] = [:]
    let tracker: Tracker
    /// Where to point when the value is missing: the enclosing object.
    let anchor: JSONNode

    init(node: JSONNode?, codingPath: [any CodingKey], tracker: Tracker, anchor: JSONNode) {
        self.node = node
        self.codingPath = codingPath
        self.tracker = tracker
        self.anchor = anchor
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let node else {
            let empty = JSONNode(kind: .object([]), line: anchor.line, column: anchor.column)
            return KeyedDecodingContainer(
                KeyedNodeContainer<Key>(decoder: self, node: empty, members: [], synthetic: true))
        }
        guard case .object(let members) = node.kind else { throw mismatch("an object", node) }
        return KeyedDecodingContainer(
            KeyedNodeContainer<Key>(decoder: self, node: node, members: members, synthetic: false))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard let node else { return UnkeyedNodeContainer(decoder: self, items: [], anchor: anchor) }
        guard case .array(let items) = node.kind else { throw mismatch("an array", node) }
        return UnkeyedNodeContainer(decoder: self, items: items, anchor: node)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleNodeContainer(decoder: self) }

    func mismatch(_ expected: String, _ node: JSONNode) -> DesignFileError {
        DesignFileError(
            line: node.line, column: node.column, fieldPath: DesignFileError.path(codingPath),
            message: "expected \(expected), found \(node.kindDescription)")
    }

    func missing() -> DesignFileError {
        DesignFileError(
            line: anchor.line, column: anchor.column, fieldPath: DesignFileError.path(codingPath),
            message: "required field is missing")
    }

    func child(_ node: JSONNode?, key: any CodingKey, anchor: JSONNode) -> NodeDecoder {
        NodeDecoder(node: node, codingPath: codingPath + [key], tracker: tracker, anchor: anchor)
    }
}

struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let node: JSONNode
    let members: [JSONNode.Member]
    let synthetic: Bool

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    private func value(_ key: Key) -> JSONNode? {
        guard let m = members.first(where: { $0.key == key.stringValue }) else { return nil }
        if !synthetic { decoder.tracker.used.insert(NodeDecoder.Tracker.key(node, key.stringValue)) }
        return m.value
    }

    func contains(_ key: Key) -> Bool { members.contains { $0.key == key.stringValue } }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let v = value(key) else { return true }
        if case .null = v.kind { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: decoder.child(value(key), key: key, anchor: node))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let v = value(key) else { return nil }
        if case .null = v.kind { return nil }
        return try T(from: decoder.child(v, key: key, anchor: node))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try decoder.child(value(key), key: key, anchor: node).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.child(value(key), key: key, anchor: node).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder.child(value(key), key: key, anchor: node) }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let items: [JSONNode]
    let anchor: JSONNode
    var currentIndex = 0

    init(decoder: NodeDecoder, items: [JSONNode], anchor: JSONNode) {
        self.decoder = decoder
        self.items = items
        self.anchor = anchor
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> NodeDecoder {
        guard !isAtEnd else { throw decoder.missing() }
        defer { currentIndex += 1 }
        return decoder.child(items[currentIndex], key: IndexKey(currentIndex), anchor: items[currentIndex])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if case .null = items[currentIndex].kind {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: next()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}

private struct SingleNodeContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    private func present() throws -> JSONNode {
        guard let node = decoder.node else { throw decoder.missing() }
        return node
    }

    func decodeNil() -> Bool {
        guard let node = decoder.node else { return true }
        if case .null = node.kind { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        let node = try present()
        guard case .bool(let b) = node.kind else { throw decoder.mismatch("true or false", node) }
        return b
    }

    func decode(_ type: String.Type) throws -> String {
        let node = try present()
        guard case .string(let s) = node.kind else { throw decoder.mismatch("a string", node) }
        return s
    }

    func decode(_ type: Double.Type) throws -> Double {
        let node = try present()
        guard case .number(let n) = node.kind, let d = Double(n) else { throw decoder.mismatch("a number", node) }
        return d
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func decode(_ type: Int.Type) throws -> Int {
        let node = try present()
        guard case .number(let n) = node.kind else { throw decoder.mismatch("a whole number", node) }
        guard let i = Int(n) else {
            throw DesignFileError(
                line: node.line, column: node.column, fieldPath: DesignFileError.path(codingPath),
                message: "expected a whole number, found \(n)")
        }
        return i
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let node = try present()
        let value = try decode(Int.self)
        guard let v = T(exactly: value) else {
            throw DesignFileError(
                line: node.line, column: node.column, fieldPath: DesignFileError.path(codingPath),
                message: "\(value) is out of range")
        }
        return v
    }

    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: decoder) }
}
