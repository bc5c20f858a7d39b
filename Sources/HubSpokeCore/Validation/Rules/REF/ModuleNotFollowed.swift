/// A registry or template-spec module (`br:`, `br/public:`, `ts:`) cannot be fetched offline, so
/// the resources it deploys are not in the design and nothing checks them. Saying so keeps a
/// clean validation from being read as "all of it is fine".
struct ModuleNotFollowed: Rule {
    static let id = "REF-009"
    static let severity: Severity = .info
    static let title = "Module not followed offline"
    static let help =
        "A registry or template-spec module (br:, br/public:, ts:) is not fetched offline; the resources it "
        + "deploys are not in the design and are not checked."
    static let source = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/modules"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for note in context.sourceMap.notes where note.kind == .moduleNotFollowed {
            let detail = note.detail.isEmpty ? "" : " (\(note.detail))"
            var f = finding(
                "Module \(note.subject)\(detail) is not followed offline: the resources it deploys are not in the "
                    + "design, so no checks are made on them or on references to them.",
                resources: [note.subject])
            f.location = note.location
            findings.append(f)
        }
    }
}
