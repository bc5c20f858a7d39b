import Testing

@testable import HubSpokeCore

@Suite struct InternetManagementPortsAllowedTests {
    typealias F = SecurityGroupRuleFixtures

    @Test func firesWithEveryExposedPortNamed() throws {
        let rule = F.rule("db", source: "Internet", port: nil, ports: ["1433", "5985-5986", "443"])
        let finding = try #require(F.run(InternetManagementPortsAllowed(), on: F.design([rule])).first)
        #expect(finding.rule == "SEC-005")
        #expect(finding.severity == .warning)
        #expect(finding.resources == [F.path("db")])
        #expect(finding.message.contains("1433 (SQL Server), 5985 (WinRM), 5986 (WinRM over HTTPS)"))
        #expect(!finding.message.contains("443 ("))
    }

    @Test(arguments: [
        [F.rule(source: "Internet", port: "443")],
        [F.rule(source: "10.0.0.0/8", port: "1433")],
        [F.rule(protocol: "Udp", source: "Internet", port: "445")],
    ])
    func quietOnTheNearMisses(_ rules: [SecurityRule]) {
        #expect(F.run(InternetManagementPortsAllowed(), on: F.design(rules)).isEmpty)
    }
}
