import HubSpokeCore

/// An object value that keeps its keys in declaration order (the order people wrote them,
/// which the writer and error messages keep). Lookups are linear: Bicep objects are small.
public struct BicepObject: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var key: String
        public var value: BicepValue

        public init(key: String, value: BicepValue) {
            self.key = key
            self.value = value
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) { self.entries = entries }

    public init(_ pairs: KeyValuePairs<String, BicepValue>) {
        entries = pairs.map { Entry(key: $0.key, value: $0.value) }
    }

    public var keys: [String] { entries.map(\.key) }
    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    /// Exact key first, then case-insensitively as ARM does.
    public subscript(key: String) -> BicepValue? {
        get {
            if let index = index(of: key) { return entries[index].value }
            return nil
        }
        set {
            if let index = index(of: key) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(key: key, value: newValue))
            }
        }
    }

    public func index(of key: String) -> Int? {
        if let exact = entries.firstIndex(where: { $0.key == key }) { return exact }
        return entries.firstIndex { Self.equalIgnoringCase($0.key, key) }
    }

    /// Sets a key while building an object from a literal: Bicep keys in one literal are
    /// distinct, so only an exact match is replaced (cheaper than the case-insensitive lookup).
    mutating func setExact(_ key: String, _ value: BicepValue) {
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = value
        } else {
            entries.append(Entry(key: key, value: value))
        }
    }

    /// Case-insensitive comparison without allocating (ASCII folding, exact for the rest), as
    /// ARM compares property names.
    static func equalIgnoringCase(_ a: String, _ b: String) -> Bool { a.equalsIgnoringCase(b) }
}
