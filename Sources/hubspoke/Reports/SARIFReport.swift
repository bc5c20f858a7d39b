import HubSpokeCore

/// SARIF 2.1.0 for code-scanning tools: the rules the binary implements (IDs, help, default
/// level) and one result per finding, with the file region where the reader knows it and the
/// resource paths as logical locations. Suppressed findings carry a SARIF suppression.
enum SARIFReport {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var artifacts: [Artifact]
        var results: [Result]
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name = "hubspoke"
        var version = Hubspoke.version
        var informationUri = "https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke"
        var rules: [ReportingDescriptor]
    }

    struct Text: Encodable { var text: String }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var helpUri: String?
        var help: Text
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable { var level: String }

    struct Artifact: Encodable { var location: ArtifactLocation }

    struct ArtifactLocation: Encodable { var uri: String }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
        var suppressions: [SARIFSuppression]?
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    struct LogicalLocation: Encodable {
        var fullyQualifiedName: String
        var kind = "resource"
    }

    struct SARIFSuppression: Encodable {
        var kind = "inSource"
        var justification: String
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func render(_ findings: [Finding], file: String, rules: [RuleDescriptor]) -> String {
        let descriptors = rules.map { rule in
            ReportingDescriptor(
                id: rule.id, name: ruleName(rule.title), shortDescription: Text(text: rule.title),
                fullDescription: Text(text: rule.help.isEmpty ? rule.title : rule.help),
                helpUri: rule.source.hasPrefix("http") ? rule.source : nil,
                help: Text(text: "\(rule.help) Source: \(rule.source)"),
                defaultConfiguration: Configuration(level: level(rule.severity)))
        }
        var indexByID: [String: Int] = [:]
        for (i, rule) in rules.enumerated() { indexByID[rule.id] = i }
        let results = findings.map { f in
            let logical = f.resources.map { LogicalLocation(fullyQualifiedName: $0) }
            let location = Location(
                physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: f.location?.file ?? file),
                    region: f.location.map { Region(startLine: $0.line, startColumn: $0.column) }),
                logicalLocations: logical.isEmpty ? nil : logical)
            return Result(
                ruleId: f.rule, ruleIndex: indexByID[f.rule], level: level(f.severity), message: Text(text: f.message),
                locations: [location], suppressions: f.suppressedReason.map { [SARIFSuppression(justification: $0)] })
        }
        let log = Log(
            runs: [
                Run(
                    tool: Tool(driver: Driver(rules: descriptors)),
                    artifacts: [Artifact(location: ArtifactLocation(uri: file))], results: results)
            ])
        return JSONReport.encode(log)
    }

    /// `Peered virtual networks overlap` -> `PeeredVirtualNetworksOverlap` (SARIF rule names are identifiers).
    static func ruleName(_ title: String) -> String {
        title.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }
}
