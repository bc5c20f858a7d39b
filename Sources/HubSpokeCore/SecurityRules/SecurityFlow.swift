/// One packet flow as an NSG sees it: protocol, addresses, ports and the application security
/// groups of the NICs at each end. A nil port is "not known" (a client's ephemeral source port)
/// for TCP/UDP, and "no port" for ICMP, ESP and AH.
public struct SecurityFlow: Hashable, Sendable {
    /// The packet's protocol; `.any` is not a packet protocol and matches only `*` rules.
    public var `protocol`: SecurityRuleProtocol
    public var source: IPAddress
    public var sourcePort: Int?
    public var destination: IPAddress
    public var destinationPort: Int?
    /// The ASGs of the source NIC's IP configuration: names, design paths or resource IDs
    /// (compared by name, ignoring case).
    public var sourceApplicationSecurityGroups: [String]
    public var destinationApplicationSecurityGroups: [String]

    public init(
        protocol: SecurityRuleProtocol, source: IPAddress, sourcePort: Int? = nil, destination: IPAddress,
        destinationPort: Int? = nil, sourceApplicationSecurityGroups: [String] = [],
        destinationApplicationSecurityGroups: [String] = []
    ) {
        self.protocol = `protocol`
        self.source = source
        self.sourcePort = sourcePort
        self.destination = destination
        self.destinationPort = destinationPort
        self.sourceApplicationSecurityGroups = sourceApplicationSecurityGroups
        self.destinationApplicationSecurityGroups = destinationApplicationSecurityGroups
    }
}

/// Whether a rule applies to a flow. `undetermined` carries the reason (an unresolved service
/// tag, an unknown source port against a rule that restricts it) so a caller can say why it
/// cannot decide instead of guessing.
public enum SecurityMatch: Hashable, Sendable {
    case matches
    case doesNotMatch
    case undetermined(String)
}
