import Testing

@testable import HubSpokeCore

@Suite struct SecurityGroupAddressCountTests {
    typealias F = LimitRuleFixtures

    /// 40 rules, each with `perRule` source CIDRs and a service tag, plus `destinations` on the last.
    private func design(perRule: Int, destinations: [String] = ["*"]) -> Design {
        let rules = (0..<40).map { r in
            F.rule(
                "r\(r)", priority: 100 + r,
                source: (0..<perRule).map { "10.\(r).\($0 / 256).\($0 % 256)/32" } + ["VirtualNetwork"],
                destination: r == 39 ? destinations : ["*"])
        }
        return Design(networkSecurityGroups: [NetworkSecurityGroup(name: "nsg-a", securityRules: rules)])
    }

    @Test func firesOver4000Sources() throws {
        let findings = F.run(SecurityGroupAddressCount(), design(perRule: 101))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "LIM-006")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["nsg-a"])
        #expect(finding.message.contains("4040 source IP addresses"))
    }

    @Test func destinationsCountSeparately() throws {
        let many = (0..<4001).map { "192.168.\($0 / 256).\($0 % 256)" }
        let findings = F.run(SecurityGroupAddressCount(), design(perRule: 1, destinations: many))
        #expect(findings.count == 1)
        #expect(try #require(findings.first).message.contains("4001 destination"))
    }

    @Test func silentAt4000AndTagsDoNotCount() {
        #expect(F.run(SecurityGroupAddressCount(), design(perRule: 100)).isEmpty)
    }
}
