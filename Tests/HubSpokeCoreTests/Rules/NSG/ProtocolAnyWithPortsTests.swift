import Testing

@testable import HubSpokeCore

@Suite struct ProtocolAnyWithPortsTests {
    typealias F = SecurityGroupRuleFixtures

    @Test func firesOnAnyProtocolWithSpecificPorts() throws {
        let finding = try #require(
            F.run(ProtocolAnyWithPorts(), on: F.design([F.rule("dns", protocol: "*", port: "53")])).first)
        #expect(finding.rule == "NSG-011")
        #expect(finding.severity == .warning)
        #expect(finding.resources == [F.path("dns")])
        #expect(finding.field == "protocol")
        #expect(finding.message.contains("protocol * with ports 53"))
    }

    @Test func firesOnIcmpWithPorts() throws {
        let finding = try #require(
            F.run(ProtocolAnyWithPorts(), on: F.design([F.rule("ping", protocol: "Icmp", port: "8")])).first)
        #expect(finding.message.contains("Icmp has no ports"))
    }

    @Test(arguments: [("*", "*"), ("Tcp", "53"), ("Icmp", "*"), ("*", "99999")])
    func quietWhenPortsAreAllOrMeaningfulOrMalformed(_ proto: String, _ port: String) {
        #expect(F.run(ProtocolAnyWithPorts(), on: F.design([F.rule(protocol: proto, port: port)])).isEmpty)
    }
}
