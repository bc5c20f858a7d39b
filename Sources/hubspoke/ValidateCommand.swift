import ArgumentParser
import Foundation
import HubSpokeCore

/// `hubspoke validate FILE`: the headless validator for CI.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate a design (.hubspoke.json or .bicep) against the rule catalog.",
        discussion: """
            Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 the file \
            could not be read or the command was misused. Suppressed findings never fail the run.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    enum Threshold: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, never

        var severity: Severity? {
            switch self {
            case .error: return .error
            case .warning: return .warning
            case .info: return .info
            case .never: return nil
            }
        }
    }

    @Argument(help: "The design file: *.hubspoke.json or *.bicep.")
    var file: String?

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity.")
    var failOn: Threshold = .error

    @Option(name: .customLong("param"), help: ArgumentHelp("Bicep parameter override.", valueName: "name=value"))
    var parameters: [String] = []

    @Option(name: .customLong("params"), help: ArgumentHelp("A .bicepparam file.", valueName: "file"))
    var parametersFile: String?

    @Flag(name: .customLong("list-rules"), help: "Print the rules this binary implements and exit.")
    var listRules = false

    func validate() throws {
        if !listRules && file == nil { throw ValidationError("Missing expected argument '<file>'.") }
    }

    func run() throws {
        if listRules {
            print(RuleList.render(RuleCatalog.descriptors, format: format), terminator: "")
            return
        }
        guard let file else { return }
        let document = try DesignLoader.loadOrExit(file, parameters: parameters, parametersFile: parametersFile)
        let findings = Validator().validate(document)
        let output: String
        switch format {
        case .text:
            output = TextReport.render(findings, colour: TextReport.useColour())
        case .json:
            output = JSONReport.render(findings, file: file)
        case .sarif:
            output = SARIFReport.render(findings, file: file, rules: RuleCatalog.descriptors)
        }
        print(output, terminator: "")
        if let threshold = failOn.severity,
            findings.contains(where: { !$0.isSuppressed && $0.severity >= threshold })
        {
            throw ExitCode(1)
        }
    }
}
