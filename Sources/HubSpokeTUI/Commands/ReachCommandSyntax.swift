import HubSpokeCore

/// `:reach FROM TO PORT [tcp|udp|icmp]`, the palette twin of `hubspoke reach`: FROM and TO are
/// VM names, NIC names or addresses; the protocol defaults to TCP; ICMP needs no port
/// (`:reach vm1 10.2.1.4 icmp`).
extension PaletteCommandParser {
    static func parseReach(_ words: [String]) throws(PaletteError) -> PaletteCommand {
        guard words.count >= 3, words.count <= 4 else { throw usage("reach") }
        let (source, destination) = (words[0], words[1])
        if words.count == 3, let transport = TransportProtocol(text: words[2]) {
            guard !transport.usesPorts else {
                throw PaletteError("\(transport.rawValue) needs a port: :reach FROM TO PORT \(transport.rawValue)")
            }
            return .reach(ReachabilityQuery(source: source, destination: destination, protocol: transport, port: 0))
        }
        guard let port = Int(words[2]), (0...65535).contains(port) else {
            throw PaletteError("'\(words[2])' is not a port 0-65535; usage: :\(usages["reach"] ?? "reach")")
        }
        var transport = TransportProtocol.tcp
        if words.count == 4 {
            guard let named = TransportProtocol(text: words[3]) else {
                throw PaletteError("unknown protocol '\(words[3])': tcp, udp or icmp")
            }
            transport = named
        }
        return .reach(
            ReachabilityQuery(
                source: source, destination: destination, protocol: transport, port: transport.usesPorts ? port : 0))
    }
}
