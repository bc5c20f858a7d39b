/// The `protocol` of an NSG rule. Azure accepts `Tcp`, `Udp`, `Icmp`, `Esp`, `Ah` and `*`
/// (NSG-005); `*` matches every protocol. Only TCP and UDP carry ports.
public enum SecurityRuleProtocol: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case tcp = "Tcp"
    case udp = "Udp"
    case icmp = "Icmp"
    case esp = "Esp"
    case ah = "Ah"
    case any = "*"

    /// Parses a protocol value, ignoring ASCII case as ARM does for enum values.
    public init?(_ text: String) {
        switch text {
        case "Tcp": self = .tcp
        case "Udp": self = .udp
        case "*": self = .any
        case "Icmp": self = .icmp
        case "Esp": self = .esp
        case "Ah": self = .ah
        default:
            guard let match = SecurityRuleProtocol.allCases.first(where: { $0.rawValue.equalsIgnoringCase(text) })
            else { return nil }
            self = match
        }
    }

    /// True when a rule with this protocol matches every packet of `other`.
    public func covers(_ other: SecurityRuleProtocol) -> Bool { self == .any || self == other }

    /// True for the protocols whose packets have source and destination ports.
    public var hasPorts: Bool { self == .tcp || self == .udp }

    public var description: String { rawValue }
}

/// `direction` of an NSG rule, parsed case-insensitively (NSG-004).
public enum SecurityRuleDirection: String, Hashable, Sendable, Codable, CaseIterable {
    case inbound = "Inbound"
    case outbound = "Outbound"

    public init?(_ text: String) {
        switch text {
        case "Inbound": self = .inbound
        case "Outbound": self = .outbound
        default:
            guard let match = SecurityRuleDirection.allCases.first(where: { $0.rawValue.equalsIgnoringCase(text) })
            else { return nil }
            self = match
        }
    }
}

/// `access` of an NSG rule, parsed case-insensitively (NSG-004).
public enum SecurityRuleAccess: String, Hashable, Sendable, Codable, CaseIterable {
    case allow = "Allow"
    case deny = "Deny"

    public init?(_ text: String) {
        switch text {
        case "Allow": self = .allow
        case "Deny": self = .deny
        default:
            guard let match = SecurityRuleAccess.allCases.first(where: { $0.rawValue.equalsIgnoringCase(text) })
            else { return nil }
            self = match
        }
    }
}
