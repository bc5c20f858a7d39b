/// Values a reader could not know offline (a Bicep parameter without a default, an expression
/// over `reference()`...), by resource path and property. The validator drops any finding that
/// rests on one of them, so nothing is reported on a guess; REF-010 says what was skipped.
public struct UnknownValues: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var resource: String
        public var field: String
        /// The expression as written, shown to the user.
        public var sourceText: String
        public var location: SourceLocation?

        public init(resource: String, field: String, sourceText: String, location: SourceLocation? = nil) {
            self.resource = resource
            self.field = field
            self.sourceText = sourceText
            self.location = location
        }
    }

    public private(set) var entries: [Entry] = []
    private var keys: Set<String> = []
    private var resourcesWithUnknowns: Set<String> = []

    public init(_ entries: [Entry] = []) {
        for e in entries { insert(e) }
    }

    public mutating func insert(_ entry: Entry) {
        let key = UnknownValues.key(entry.resource, entry.field)
        guard keys.insert(key).inserted else { return }
        entries.append(entry)
        resourcesWithUnknowns.insert(entry.resource.asciiLowercased)
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// True when this property of this resource is not known.
    public func contains(resource: String, field: String) -> Bool {
        !keys.isEmpty && keys.contains(UnknownValues.key(resource, field))
    }

    /// True when any property of the resource is not known.
    public func hasUnknowns(resource: String) -> Bool {
        !resourcesWithUnknowns.isEmpty && resourcesWithUnknowns.contains(resource.asciiLowercased)
    }

    private static func key(_ resource: String, _ field: String) -> String {
        (resource + "#" + field).asciiLowercased
    }
}
