/// The packet a reachability question follows: its five-tuple. The source port is the client's
/// ephemeral port, normally unknown (nil): a rule that restricts source ports then cannot be
/// decided, and the verdict says so instead of guessing.
public struct Flow: Hashable, Sendable {
    public var source: IPAddress
    public var destination: IPAddress
    public var `protocol`: TransportProtocol
    public var sourcePort: Int?
    public var destinationPort: Int?

    public init(
        source: IPAddress, destination: IPAddress, protocol: TransportProtocol, sourcePort: Int?, destinationPort: Int?
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

    /// `TCP 10.1.1.4 -> 10.2.1.4:3389` (source port shown when known), no ports for ICMP.
    public var summary: String {
        let name = `protocol`.rawValue.uppercased()
        guard `protocol`.usesPorts else { return "\(name) \(source) -> \(destination)" }
        let from = sourcePort.map { "\(source):\($0)" } ?? "\(source)"
        let to = destinationPort.map { "\(destination):\($0)" } ?? "\(destination)"
        return "\(name) \(from) -> \(to)"
    }
}
