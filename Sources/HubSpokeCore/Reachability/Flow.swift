/// The packet a reachability question follows: its five-tuple. The source port is the client's
/// ephemeral port; Azure rules rarely restrict it.
public struct Flow: Hashable, Sendable {
    public var source: IPAddress
    public var destination: IPAddress
    public var `protocol`: TransportProtocol
    public var sourcePort: Int
    public var destinationPort: Int

    public init(
        source: IPAddress, destination: IPAddress, protocol: TransportProtocol, sourcePort: Int, destinationPort: Int
    ) {
        self.source = source
        self.destination = destination
        self.protocol = `protocol`
        self.sourcePort = sourcePort
        self.destinationPort = destinationPort
    }

    /// The reply of this flow: addresses and ports swapped.
    public var reply: Flow {
        Flow(
            source: destination, destination: source, protocol: `protocol`, sourcePort: destinationPort,
            destinationPort: sourcePort)
    }

    /// `TCP 10.1.1.4:49152 -> 10.2.1.4:3389`, or without ports for ICMP.
    public var summary: String {
        let name = `protocol`.rawValue.uppercased()
        guard `protocol`.usesPorts else { return "\(name) \(source) -> \(destination)" }
        return "\(name) \(source):\(sourcePort) -> \(destination):\(destinationPort)"
    }
}
