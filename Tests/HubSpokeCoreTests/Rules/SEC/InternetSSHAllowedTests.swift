import Testing

@testable import HubSpokeCore

@Suite struct InternetSSHAllowedTests {
    typealias F = SecurityGroupRuleFixtures

    @Test func firesOnSSHFromTheInternetInAPortList() throws {
        let rule = F.rule(
            "ssh", source: nil, sources: ["203.0.113.0/24", "0.0.0.0/0"], port: nil, ports: ["80", "20-30"])
        let finding = try #require(F.run(InternetSSHAllowed(), on: F.design([rule])).first)
        #expect(finding.rule == "SEC-002")
        #expect(finding.severity == .warning)
        #expect(finding.resources == [F.path("ssh")])
        #expect(finding.field == "sourceAddressPrefixes")
        #expect(finding.message.contains("allows TCP 22 (SSH) from '0.0.0.0/0'"))
    }

    @Test(arguments: [
        [F.rule(source: "203.0.113.0/24", port: "22")],
        [F.rule(port: "2222")],
        [
            F.rule("deny-ssh", priority: 100, access: "Deny", source: "Internet", port: "22"),
            F.rule("ssh", priority: 200, source: "Internet", port: "22"),
        ],
    ])
    func quietOnTheNearMisses(_ rules: [SecurityRule]) {
        #expect(F.run(InternetSSHAllowed(), on: F.design(rules)).isEmpty)
    }

    @Test func aDenyForAnotherSourceDoesNotHide() {
        let rules = [
            F.rule("deny", priority: 100, access: "Deny", source: "10.0.0.0/8", port: "22"),
            F.rule("ssh", priority: 200, port: "22"),
        ]
        #expect(F.run(InternetSSHAllowed(), on: F.design(rules)).count == 1)
    }
}
