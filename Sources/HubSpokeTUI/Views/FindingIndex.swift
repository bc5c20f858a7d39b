import HubSpokeCore

/// The worst unsuppressed finding on each resource path, so every tree row, diagram edge and
/// inspector title can show its marker with one dictionary lookup.
public struct FindingIndex: Sendable {
    private var worst: [String: Severity] = [:]
    private var positions: [String: [Int]] = [:]
    public private(set) var errors = 0
    public private(set) var warnings = 0
    public private(set) var infos = 0
    public private(set) var suppressed = 0

    public init(_ findings: [Finding] = []) {
        for (position, finding) in findings.enumerated() {
            for resource in finding.resources { positions[resource.asciiLowercased, default: []].append(position) }
            if finding.isSuppressed {
                suppressed += 1
                continue
            }
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
            for resource in finding.resources {
                let key = resource.asciiLowercased
                if let current = worst[key], current >= finding.severity { continue }
                worst[key] = finding.severity
            }
        }
    }

    public func worst(for path: String) -> Severity? { worst[path.asciiLowercased] }

    /// Positions (in the validator's list) of the findings that name `path`.
    public func positions(for path: String) -> [Int] { positions[path.asciiLowercased] ?? [] }
}

/// Glyphs that tell the severity without colour.
public enum FindingGlyph {
    public static func glyph(_ severity: Severity?) -> Character {
        switch severity {
        case .error: "✖"
        case .warning: "▲"
        case .info: "●"
        case nil: " "
        }
    }

    /// Marks a suppressed finding in place of its severity glyph (the row says the severity).
    public static let suppressed: Character = "⊘"

    public static func role(_ severity: Severity?) -> ColorRole {
        switch severity {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case nil: .normal
        }
    }
}
