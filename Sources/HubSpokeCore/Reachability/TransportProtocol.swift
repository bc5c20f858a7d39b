/// The protocols a reachability question can ask about, as `Test-NetConnection` and IP flow
/// verify do. NSG rules with protocol `*` match all three; ports only mean something for TCP
/// and UDP.
public enum TransportProtocol: String, Hashable, Sendable, Codable, CaseIterable {
    case tcp
    case udp
    case icmp

    /// Parses `tcp`, `TCP`, `Tcp`...
    public init?(text: String) {
        guard let match = TransportProtocol.allCases.first(where: { $0.rawValue.equalsIgnoringCase(text) }) else {
            return nil
        }
        self = match
    }

    /// The spelling NSG rules and firewall policies use (`Tcp`, `Udp`, `Icmp`).
    public var azureName: String {
        switch self {
        case .tcp: return "Tcp"
        case .udp: return "Udp"
        case .icmp: return "Icmp"
        }
    }

    public var usesPorts: Bool { self != .icmp }

    /// The same protocol for the shared NSG matcher.
    var securityRuleProtocol: SecurityRuleProtocol {
        switch self {
        case .tcp: return .tcp
        case .udp: return .udp
        case .icmp: return .icmp
        }
    }
}
