/// What a reader knows about where a design came from: the source location of each resource
/// (and, where it has them, of single properties), plus notes about what it did not follow.
/// The validator uses it to put `file:line:column` on findings; a design built in the editor
/// has an empty map.
public struct SourceMap: Hashable, Sendable {
    /// Where one resource was written, and where some of its properties were. A resource has
    /// few recorded properties, so they are a short list searched in place. Two maps are equal
    /// when they hold the same locations recorded in the same order (readers are deterministic).
    private struct Entry: Hashable, Sendable {
        var location: SourceLocation?
        var fields: [Field] = []

        mutating func record(_ newLocation: SourceLocation, field: String?) {
            guard let field else { return location = newLocation }
            if let index = fields.firstIndex(where: { $0.name.equalsIgnoringCase(field) }) {
                fields[index].location = newLocation
            } else {
                fields.append(Field(name: field, location: newLocation))
            }
        }
    }

    private struct Field: Hashable, Sendable {
        var name: String
        var location: SourceLocation
    }

    private var resources: [CaseInsensitiveKey: Entry] = [:]
    /// Things the reader could not follow (a registry module), for REF-009.
    public var notes: [SourceNote] = []

    public init() {}

    /// Records where `resource` (and optionally one of its properties) was written.
    public mutating func record(_ location: SourceLocation, resource: String, field: String? = nil) {
        resources[CaseInsensitiveKey(resource), default: Entry()].record(location, field: field)
    }

    /// The location of the property if known, else of the resource.
    public func location(resource: String, field: String? = nil) -> SourceLocation? {
        guard let entry = resources[CaseInsensitiveKey(resource)] else { return nil }
        if let field, let exact = entry.fields.first(where: { $0.name.equalsIgnoringCase(field) }) {
            return exact.location
        }
        return entry.location
    }

    public var isEmpty: Bool { resources.isEmpty && notes.isEmpty }
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
