/// Bicep resources of types the model does not understand are kept verbatim and written back on
/// export, so nothing is dropped silently; they are not validated, and this says which ones.
struct ResourceCarriedThrough: Rule {
    static let id = "REF-011"
    static let severity: Severity = .info
    static let title = "Resource type not modelled; carried through to export"
    static let help =
        "A resource type hubspoke does not model is carried through to export verbatim. Nothing is dropped, but "
        + "it is not validated."
    static let source = "https://learn.microsoft.com/azure/templates/"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for resource in context.design.passthrough {
            var f = finding(
                "\(resource.symbolicName) (\(resource.type)) is not modelled by hubspoke: it is carried through to "
                    + "export unchanged and is not validated.",
                resources: [resource.symbolicName])
            if let file = resource.file, let line = resource.line {
                f.location = SourceLocation(file: file, line: line, column: 1)
            }
            findings.append(f)
        }
    }
}
