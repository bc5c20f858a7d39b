/// Some values exist only at deployment time (`deployment()`, `reference()`, `uniqueString()`,
/// a parameter without a default). Checks that need one are skipped rather than guessed; this
/// says, value by value, what was skipped. The finding carries no field on purpose: the
/// validator drops findings whose field is unknown, and this one is about exactly that field.
struct ValueNotKnownOffline: Rule {
    static let id = "REF-010"
    static let severity: Severity = .info
    static let title = "Value not known offline; checks that need it are skipped"
    static let help =
        "A value that is only known at deployment time (an expression over deployment(), reference(), "
        + "uniqueString(), a parameter without a default...) cannot be checked offline; the checks that need it "
        + "are skipped instead of guessed."
    static let source = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/bicep-functions"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for entry in context.unknowns.entries {
            var f = finding(
                "\(entry.resource) \(entry.field) is `\(entry.sourceText)`, which is not known offline: checks that "
                    + "need it are skipped.",
                resources: [entry.resource])
            f.location = entry.location
            findings.append(f)
        }
    }
}
