import Testing

@testable import HubSpokeCore

@Suite struct InternetAnyAnyAllowedTests {
    typealias F = SecurityGroupRuleFixtures

    @Test(arguments: ["*", "Internet", "0.0.0.0/0"])
    func firesOnAnyAnyFromTheInternet(_ source: String) throws {
        let finding = try #require(
            F.run(InternetAnyAnyAllowed(), on: F.design([F.rule("open", protocol: "*", source: source, port: "*")]))
                .first)
        #expect(finding.rule == "SEC-003")
        #expect(finding.severity == .error)
        #expect(finding.resources == [F.path("open")])
        #expect(finding.message.contains("fully exposed"))
    }

    @Test(arguments: [
        [F.rule(protocol: "Tcp", port: "*")],
        [F.rule(protocol: "*", port: "443")],
        [F.rule(protocol: "*", source: "VirtualNetwork", port: "*")],
        [F.rule(direction: "Outbound", protocol: "*", port: "*")],
    ])
    func quietOnTheNearMisses(_ rules: [SecurityRule]) {
        #expect(F.run(InternetAnyAnyAllowed(), on: F.design(rules)).isEmpty)
    }
}
