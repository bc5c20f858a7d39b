import Testing

@testable import HubSpokeCore

@Suite struct SubnetNameTests {
    private func design(_ names: [String]) -> Design {
        Design(virtualNetworks: [
            VirtualNetwork(name: "vnet-a", addressPrefixes: ["10.0.0.0/16"], subnets: names.map { Subnet(name: $0) })
        ])
    }

    @Test func firesOnAnInvalidName() throws {
        let findings = ReferenceRuleFixtures.run(SubnetName(), design(["snet app"]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "REF-002")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["vnet-a/subnets/snet app"])
        #expect(finding.message.contains("contains a space"))
    }

    @Test func firesOnARepeatedName() throws {
        let findings = ReferenceRuleFixtures.run(SubnetName(), design(["snet-a", "SNET-A"]))
        #expect(findings.count == 1)
        #expect(try #require(findings.first).message.contains("two subnets named SNET-A"))
    }

    @Test func silentOnValidDistinctNames() {
        #expect(
            ReferenceRuleFixtures.run(SubnetName(), design(["s", "GatewaySubnet", String(repeating: "x", count: 80)]))
                .isEmpty)
        let sameNameInTwoVNets = Design(virtualNetworks: [
            VirtualNetwork(name: "vnet-a", subnets: [Subnet(name: "snet")]),
            VirtualNetwork(name: "vnet-b", subnets: [Subnet(name: "snet")]),
        ])
        #expect(ReferenceRuleFixtures.run(SubnetName(), sameNameInTwoVNets).isEmpty)
    }

    @Test func firesOver80Characters() {
        #expect(ReferenceRuleFixtures.run(SubnetName(), design([String(repeating: "x", count: 81)])).count == 1)
    }
}
