/// A validation rule: one catalog entry and the check that decides it. One rule a file, in
/// `Validation/Rules/<FAMILY>/`, with a test file beside it in the tests.
///
/// A check never throws and never assumes a well-formed design: a half-typed design is the
/// normal case in an editor. It appends findings and skips what it cannot decide.
public protocol Rule: Sendable {
    /// Catalog ID from azure-rules.md, verbatim.
    static var id: String { get }
    static var severity: Severity { get }
    /// One line, shown in lists and SARIF's `shortDescription`.
    static var title: String { get }
    /// What Azure does and why it matters (SARIF `fullDescription`, `--list-rules`).
    static var help: String { get }
    /// Microsoft Learn (or other) page the rule rests on.
    static var source: String { get }

    init()
    func check(_ context: ValidationContext, into findings: inout [Finding])
}

extension Rule {
    /// A finding of this rule with its catalog severity (or another one where the catalog says
    /// so, e.g. PEER-003 as info when the remote half cannot be seen).
    public func finding(
        _ message: String, resources: [String], field: String? = nil, severity: Severity? = nil
    ) -> Finding {
        Finding(
            rule: Self.id, severity: severity ?? Self.severity, title: Self.title, message: message,
            resources: resources, field: field)
    }

    public static var descriptor: RuleDescriptor {
        RuleDescriptor(id: id, severity: severity, title: title, help: help, source: source)
    }
}

/// What `--list-rules` and SARIF's `tool.driver.rules` show for a rule.
public struct RuleDescriptor: Hashable, Sendable, Codable {
    public var id: String
    public var severity: Severity
    public var title: String
    public var help: String
    public var source: String
}
