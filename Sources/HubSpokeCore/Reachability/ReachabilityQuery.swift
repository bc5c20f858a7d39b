/// "Would this connection work?": from a VM, NIC or address in a subnet of the design to a
/// destination (a VM, NIC or any IP address), for one protocol and port.
public struct ReachabilityQuery: Hashable, Sendable {
    public var source: String
    public var destination: String
    public var `protocol`: TransportProtocol
    /// Destination port (ignored for ICMP).
    public var port: Int
    /// The client's source port; nil (the usual case) means an unknown ephemeral port, so a
    /// rule restricting source ports makes the verdict unknown rather than guessed.
    public var sourcePort: Int?

    public init(
        source: String, destination: String, protocol: TransportProtocol = .tcp, port: Int, sourcePort: Int? = nil
    ) {
        self.source = source
        self.destination = destination
        self.protocol = `protocol`
        self.port = port
        self.sourcePort = sourcePort
    }
}
