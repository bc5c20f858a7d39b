/// What a reader knows about where a design came from: the source location of each resource
/// (and, where it has them, of single properties), plus notes about what it did not follow.
/// The validator uses it to put `file:line:column` on findings; a design built in the editor
/// has an empty map.
public struct SourceMap: Hashable, Sendable {
    private var locations: [String: SourceLocation] = [:]
    /// Things the reader could not follow (a registry module), for REF-009.
    public var notes: [SourceNote] = []

    public init() {}

    /// Records where `resource` (and optionally one of its properties) was written.
    public mutating func record(_ location: SourceLocation, resource: String, field: String? = nil) {
        locations[SourceMap.key(resource, field)] = location
    }

    /// The location of the property if known, else of the resource.
    public func location(resource: String, field: String? = nil) -> SourceLocation? {
        if let field, let exact = locations[SourceMap.key(resource, field)] { return exact }
        return locations[SourceMap.key(resource, nil)]
    }

    public var isEmpty: Bool { locations.isEmpty && notes.isEmpty }

    private static func key(_ resource: String, _ field: String?) -> String {
        (field.map { resource + "#" + $0 } ?? resource).asciiLowercased
    }
}

/// A remark from a reader about its input rather than about the network.
public struct SourceNote: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A `br:`/`br/public:`/`ts:` module that cannot be fetched offline (REF-009).
        case moduleNotFollowed
    }

    public var kind: Kind
    /// What the note is about, e.g. the module's symbolic name and its reference.
    public var subject: String
    public var detail: String
    public var location: SourceLocation?

    public init(kind: Kind, subject: String, detail: String, location: SourceLocation? = nil) {
        self.kind = kind
        self.subject = subject
        self.detail = detail
        self.location = location
    }
}
