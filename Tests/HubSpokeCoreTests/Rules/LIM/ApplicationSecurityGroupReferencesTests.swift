import Testing

@testable import HubSpokeCore

@Suite struct ApplicationSecurityGroupReferencesTests {
    private func groups(_ count: Int, _ prefix: String = "asg") -> [String] { (0..<count).map { "\(prefix)-\($0)" } }

    private func rule(_ name: String, priority: Int, sources: [String], destinations: [String] = []) -> SecurityRule {
        SecurityRule(
            name: name, priority: priority, direction: "Inbound", access: "Allow", protocol: "Tcp",
            sourceApplicationSecurityGroups: sources, sourcePortRange: "*",
            destinationApplicationSecurityGroups: destinations.isEmpty ? ["asg-web"] : destinations,
            destinationPortRange: "443")
    }

    @Test func firesOver10OnARuleSide() throws {
        let nsg = NetworkSecurityGroup(
            name: "nsg-a", securityRules: [rule("too-many", priority: 100, sources: groups(11))])
        let findings = LimitRuleFixtures.run(ApplicationSecurityGroupReferences(), Design(networkSecurityGroups: [nsg]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "LIM-010")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["nsg-a/securityRules/too-many"])
        #expect(finding.field == "sourceApplicationSecurityGroups")
        #expect(finding.message.contains("11 source application security groups"))
    }

    @Test func firesOver100AcrossAnNSG() throws {
        let rules = (0..<11).map { r in rule("r\(r)", priority: 100 + r, sources: groups(10, "asg-\(r)")) }
        let findings = LimitRuleFixtures.run(
            ApplicationSecurityGroupReferences(),
            Design(networkSecurityGroups: [NetworkSecurityGroup(name: "nsg-a", securityRules: rules)]))
        #expect(findings.count == 1)
        #expect(try #require(findings.first).message.contains("111 different application security groups"))
    }

    @Test func firesOver20OnANICConfiguration() throws {
        let nic = NetworkInterface(
            name: "nic-a",
            ipConfigurations: [
                NetworkInterfaceIPConfiguration(subnet: "vnet/subnets/snet", applicationSecurityGroups: groups(21))
            ])
        let findings = LimitRuleFixtures.run(ApplicationSecurityGroupReferences(), Design(networkInterfaces: [nic]))
        #expect(findings.count == 1)
        #expect(try #require(findings.first).resources == ["nic-a"])
    }

    @Test func silentAtTheLimits() {
        let rules = (0..<9).map { r in
            rule("r\(r)", priority: 100 + r, sources: groups(10, "asg-\(r)"), destinations: groups(10, "dst"))
        }
        let nic = NetworkInterface(
            name: "nic-a",
            ipConfigurations: [
                NetworkInterfaceIPConfiguration(subnet: "vnet/subnets/snet", applicationSecurityGroups: groups(20))
            ])
        let design = Design(
            networkSecurityGroups: [NetworkSecurityGroup(name: "nsg-a", securityRules: rules)], networkInterfaces: [nic]
        )
        #expect(LimitRuleFixtures.run(ApplicationSecurityGroupReferences(), design).isEmpty)
    }
}
