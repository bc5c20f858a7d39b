import Testing

@testable import HubSpokeCore

@Suite struct SecurityRuleProtocolValueTests {
    typealias F = SecurityGroupRuleFixtures

    @Test(arguments: [("Any", "Write '*'"), ("HTTP", "Use Tcp, Udp"), ("", "Use Tcp, Udp")])
    func firesOnValuesAzureRejects(_ value: String, _ hint: String) throws {
        let finding = try #require(
            F.run(SecurityRuleProtocolValue(), on: F.design([F.rule("web", protocol: value)])).first)
        #expect(finding.rule == "NSG-005")
        #expect(finding.severity == .error)
        #expect(finding.resources == [F.path("web")])
        #expect(finding.field == "protocol")
        #expect(finding.message.contains(hint))
    }

    @Test(arguments: ["Tcp", "udp", "ICMP", "Esp", "Ah", "*"])
    func quietOnTheEnumValues(_ value: String) {
        #expect(F.run(SecurityRuleProtocolValue(), on: F.design([F.rule(protocol: value)])).isEmpty)
    }
}
