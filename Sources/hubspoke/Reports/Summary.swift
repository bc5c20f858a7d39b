import HubSpokeCore

/// Counts by severity; suppressed findings are counted apart and not in the severities.
struct Summary: Encodable, Equatable {
    var error = 0
    var warning = 0
    var info = 0
    var suppressed = 0

    init(_ findings: [Finding]) {
        for f in findings {
            if f.isSuppressed {
                suppressed += 1
                continue
            }
            switch f.severity {
            case .error: error += 1
            case .warning: warning += 1
            case .info: info += 1
            }
        }
    }

    /// `2 errors, 1 warning, 0 infos (1 suppressed)`.
    var line: String {
        func n(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(n(error, "error")), \(n(warning, "warning")), \(n(info, "info")) (\(suppressed) suppressed)"
    }
}
