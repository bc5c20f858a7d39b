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

    /// Case-insensitive comparison without allocating (ASCII folding, exact for the rest).
    static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
        var left = a.utf8.makeIterator()
        var right = b.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return true
            case (let x?, let y?):
                if x == y { continue }
                let lx = x >= 0x41 && x <= 0x5A ? x + 0x20 : x
                let ly = y >= 0x41 && y <= 0x5A ? y + 0x20 : y
                if lx != ly { return false }
            default: return false
            }
        }
    }
}
