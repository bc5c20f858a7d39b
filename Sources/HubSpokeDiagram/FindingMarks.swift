import HubSpokeCore

/// The worst unsuppressed finding per resource path, looked up two ways: `exact` for the
/// resource itself (a VNet box is not marked for a finding on one of its peerings, which its
/// edge shows), `family` for a resource and everything under it (an NSG is marked for a
/// finding on one of its rules).
struct FindingMarks {
    private var exactWorst: [String: Severity] = [:]
    private var familyWorst: [String: Severity] = [:]

    init(_ findings: [Finding]) {
        for finding in findings where !finding.isSuppressed {
            for resource in finding.resources {
                let key = resource.asciiLowercased
                Self.raise(&exactWorst, key, to: finding.severity)
                Self.raise(&familyWorst, key, to: finding.severity)
                if let path = ResourcePath(parsing: resource), path.childKind != nil {
                    Self.raise(&familyWorst, path.parent.lookupKey, to: finding.severity)
                    Self.raise(&familyWorst, path.name.asciiLowercased, to: finding.severity)
                }
            }
        }
    }

    private static func raise(_ table: inout [String: Severity], _ key: String, to severity: Severity) {
        if let current = table[key], current >= severity { return }
        table[key] = severity
    }

    func exact(_ path: String) -> Severity? { exactWorst[path.asciiLowercased] }
    func family(_ path: String) -> Severity? { familyWorst[path.asciiLowercased] }
}
