import Testing

@testable import HubSpokeCore

@Suite struct InternetRDPAllowedTests {
    typealias F = SecurityGroupRuleFixtures

    @Test(arguments: [
        ("*", "3389"), ("Internet", "3389"), ("internet", "3000-4000"), ("0.0.0.0/0", "*"), ("Any", "3389"),
    ])
    func firesOnRDPFromTheInternet(_ source: String, _ port: String) throws {
        let findings = F.run(InternetRDPAllowed(), on: F.design([F.rule("rdp", source: source, port: port)]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "SEC-001")
        #expect(finding.severity == .warning)
        #expect(finding.resources == [F.path("rdp")])
        #expect(finding.field == "sourceAddressPrefix")
        #expect(finding.message.contains("allows TCP 3389 (RDP) from '\(source)'"))
        #expect(finding.message.contains("attached to vnet-a/subnets/snet-app"))
    }

    @Test func firesForAnUnattachedNSGAndSaysSo() throws {
        let finding = try #require(
            F.run(InternetRDPAllowed(), on: F.design([F.rule(port: "3389")], attached: false)).first)
        #expect(finding.message.contains("not attached yet"))
    }

    @Test(arguments: [
        [F.rule(source: "10.0.2.0/26", port: "3389")],
        [F.rule(protocol: "Udp", port: "3389")],
        [F.rule(direction: "Outbound", port: "3389")],
        [F.rule(access: "Deny", port: "3389")],
        [F.rule(port: "3390")],
        [
            F.rule("deny", priority: 100, access: "Deny", protocol: "*", port: "*"),
            F.rule("rdp", priority: 200, port: "3389"),
        ],
    ])
    func quietOnTheNearMisses(_ rules: [SecurityRule]) {
        #expect(F.run(InternetRDPAllowed(), on: F.design(rules)).isEmpty)
    }

    @Test func leavesAnyAnyToSEC003() {
        #expect(F.run(InternetRDPAllowed(), on: F.design([F.rule(protocol: "*", port: "*")])).isEmpty)
    }

    @Test func skipsARuleWhoseSourceIsNotKnownOffline() {
        let unknowns = UnknownValues([
            .init(resource: F.path("rdp"), field: "sourceAddressPrefix", sourceText: "allowedSource")
        ])
        #expect(F.run(InternetRDPAllowed(), on: F.design([F.rule("rdp", port: "3389")]), unknowns: unknowns).isEmpty)
    }
}
