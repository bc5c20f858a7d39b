/// A finding the user has accepted for one resource. The reason is mandatory: a suppression
/// without one would hide a problem without telling the next reader why.
public struct Suppression: Hashable, Sendable, Codable {
    public var rule: String
    /// Resource path the finding is about (its first resource).
    public var resource: String
    public var reason: String

    public init(rule: String, resource: String, reason: String) {
        self.rule = rule
        self.resource = resource
        self.reason = reason
    }
}

/// A Bicep declaration the model does not understand, carried verbatim to export (REF-011).
public struct PassthroughResource: Hashable, Sendable, Codable {
    /// The declared type with API version, e.g. `Microsoft.Storage/storageAccounts@2023-05-01`.
    public var type: String
    public var symbolicName: String
    public var sourceText: String
    /// Where it came from, for the REF-011 finding.
    public var file: String?
    public var line: Int?

    public init(type: String, symbolicName: String, sourceText: String, file: String? = nil, line: Int? = nil) {
        self.type = type
        self.symbolicName = symbolicName
        self.sourceText = sourceText
        self.file = file
        self.line = line
    }
}
