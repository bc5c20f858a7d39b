/// How bad a finding is, as the catalog defines it: `error` = Azure rejects the deployment or
/// the design cannot work; `warning` = deploys but is likely broken or risky; `info` = worth
/// knowing. Ordered so that `error > warning > info`.
public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
