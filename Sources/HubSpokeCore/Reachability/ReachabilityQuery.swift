/// "Would this connection work?": from a VM, NIC or address in a subnet of the design to a
/// destination (a VM, NIC or any IP address), for one protocol and port.
public struct ReachabilityQuery: Hashable, Sendable {
    public var source: String
    public var destination: String
    public var `protocol`: TransportProtocol
    /// Destination port (ignored for ICMP).
    public var port: Int
    /// The client's ephemeral port. NSG rules that restrict source ports are rare; 49152 is
    /// the start of the IANA dynamic range Windows uses.
    public var sourcePort: Int

    public init(
        source: String, destination: String, protocol: TransportProtocol = .tcp, port: Int, sourcePort: Int = 49152
    ) {
        self.source = source
        self.destination = destination
        self.protocol = `protocol`
        self.port = port
        self.sourcePort = sourcePort
    }
}
