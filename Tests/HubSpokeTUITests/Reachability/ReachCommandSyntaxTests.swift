import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct ReachCommandSyntaxTests {
    @Test(arguments: [
        ("reach vm1 vm2 3389", ReachabilityQuery(source: "vm1", destination: "vm2", protocol: .tcp, port: 3389)),
        (
            "reach vm1 10.2.1.4 53 UDP",
            ReachabilityQuery(source: "vm1", destination: "10.2.1.4", protocol: .udp, port: 53)
        ),
        ("reach nic-a vm2 icmp", ReachabilityQuery(source: "nic-a", destination: "vm2", protocol: .icmp, port: 0)),
        ("reach vm1 vm2 0 icmp", ReachabilityQuery(source: "vm1", destination: "vm2", protocol: .icmp, port: 0)),
    ])
    func parsesTheQuestion(text: String, query: ReachabilityQuery) throws {
        #expect(try PaletteCommandParser.parse(text) == .reach(query))
    }

    @Test(arguments: [
        ("reach vm1 vm2", "usage: :reach FROM TO PORT [tcp|udp|icmp]"),
        ("reach vm1 vm2 3389 tcp extra", "usage: :reach FROM TO PORT [tcp|udp|icmp]"),
        ("reach vm1 vm2 http", "'http' is not a port 0-65535; usage: :reach FROM TO PORT [tcp|udp|icmp]"),
        ("reach vm1 vm2 70000", "'70000' is not a port 0-65535; usage: :reach FROM TO PORT [tcp|udp|icmp]"),
        ("reach vm1 vm2 tcp", "tcp needs a port: :reach FROM TO PORT tcp"),
        ("reach vm1 vm2 22 sctp", "unknown protocol 'sctp': tcp, udp or icmp"),
    ])
    func refusesWithTheFix(text: String, message: String) {
        #expect(throws: PaletteError(message)) { try PaletteCommandParser.parse(text) }
    }
}
