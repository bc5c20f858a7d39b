import HubSpokeCore

/// The `/` filter of the validation pane, parsed. Space-separated terms must all match:
///
/// - `sev:error`, `sev:warning`, `sev:info`: that severity only; with `+` (`sev:warning+`) that
///   severity or worse. A bare `error`, `warning` or `info` stays plain text, as before.
/// - `rule:PEER-`: the rule ID starts with the text (`rule:PEER-009` is one rule).
/// - `res:vnet-hub`: one of the finding's resource paths contains the text.
/// - `is:suppressed` only suppressed findings; `is:active` hides them (the `h` key).
/// - anything else: plain text, found in the rule ID, the message or a resource path, or the
///   start of the severity name (what `/` has always matched).
///
/// Everything is case-insensitive. The pane keeps the text, so the title shows exactly what
/// was typed and the quick keys (`1`/`2`/`3`, `h`) edit the same text.
public struct FindingsFilter: Hashable, Sendable {
    public enum Term: Hashable, Sendable {
        case severity(Severity, orWorse: Bool)
        case rulePrefix(String)
        case resource(String)
        case suppressed(Bool)
        case text(String)
    }

    public var terms: [Term]

    public init(_ text: String) {
        terms = text.split(separator: " ").map { FindingsFilter.term(String($0)) }
    }

    public var isEmpty: Bool { terms.isEmpty }

    static func term(_ word: String) -> Term {
        let lower = word.lowercased()
        if lower.hasPrefix("sev:") {
            var name = String(lower.dropFirst(4))
            let orWorse = name.hasSuffix("+")
            if orWorse { name.removeLast() }
            if let severity = Severity.allCases.first(where: { $0.rawValue.hasPrefix(name) && !name.isEmpty }) {
                return .severity(severity, orWorse: orWorse)
            }
        } else if lower.hasPrefix("rule:"), lower.count > 5 {
            return .rulePrefix(String(lower.dropFirst(5)))
        } else if lower.hasPrefix("res:"), lower.count > 4 {
            return .resource(String(lower.dropFirst(4)))
        } else if lower == "is:suppressed" {
            return .suppressed(true)
        } else if lower == "is:active" {
            return .suppressed(false)
        }
        return .text(lower)
    }

    public func matches(_ finding: Finding) -> Bool {
        terms.allSatisfy { term in
            switch term {
            case .severity(let severity, let orWorse):
                orWorse ? finding.severity >= severity : finding.severity == severity
            case .rulePrefix(let prefix):
                finding.rule.lowercased().hasPrefix(prefix)
            case .resource(let needle):
                finding.resources.contains { $0.lowercased().contains(needle) }
            case .suppressed(let wanted):
                finding.isSuppressed == wanted
            case .text(let needle):
                finding.rule.lowercased().contains(needle) || finding.message.lowercased().contains(needle)
                    || finding.resources.contains { $0.lowercased().contains(needle) }
                    || finding.severity.rawValue.hasPrefix(needle)
            }
        }
    }

    public func apply(_ findings: [Finding]) -> [Finding] {
        isEmpty ? findings : findings.filter(matches)
    }

    // MARK: - Quick keys

    /// `text` with its severity terms replaced by "`severity` or worse" (`1`, `2`, `3`); info
    /// or worse is every finding, so `3` only removes the severity terms.
    public static func settingMinimumSeverity(_ severity: Severity, in text: String) -> String {
        var words = text.split(separator: " ").map(String.init).filter { !$0.lowercased().hasPrefix("sev:") }
        switch severity {
        case .error: words.insert("sev:error", at: 0)
        case .warning: words.insert("sev:warning+", at: 0)
        case .info: break
        }
        return words.joined(separator: " ")
    }

    /// `text` with `is:active` added, or removed when it is there (`h`: hide/show suppressed).
    public static func togglingHiddenSuppressed(in text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        if words.contains(where: { $0.lowercased() == "is:active" }) {
            words.removeAll { $0.lowercased() == "is:active" }
        } else {
            words.removeAll { $0.lowercased() == "is:suppressed" }
            words.append("is:active")
        }
        return words.joined(separator: " ")
    }
}
