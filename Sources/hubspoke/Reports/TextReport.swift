import Foundation
import HubSpokeCore

/// One finding a line, `[FILE:LINE:COL: ]SEVERITY RULE-ID resource-path: message`, then the
/// summary line. Colour only on a terminal and never when NO_COLOR is set.
enum TextReport {
    static func useColour(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    static func render(_ findings: [Finding], colour: Bool) -> String {
        var out = ""
        for f in findings {
            if let location = f.location { out += "\(location): " }
            let severity = f.severity.rawValue
            if colour {
                let code = f.isSuppressed ? "2" : (f.severity == .error ? "31;1" : f.severity == .warning ? "33" : "36")
                out += "\u{1B}[\(code)m\(severity)\u{1B}[0m"
            } else {
                out += severity
            }
            out += " \(f.rule) \(f.resources.first ?? "design"): \(f.message)"
            if let reason = f.suppressedReason { out += " [suppressed: \(reason)]" }
            out += "\n"
        }
        out += Summary(findings).line + "\n"
        return out
    }
}
