import Testing

@testable import HubSpokeCore

@Suite struct SubnetsPerVirtualNetworkTests {
    private func design(subnets: Int) -> Design {
        Design(virtualNetworks: [
            VirtualNetwork(
                name: "vnet-big", addressPrefixes: ["10.0.0.0/8"],
                subnets: (0..<subnets).map {
                    Subnet(name: "snet-\($0)", addressPrefixes: ["10.\($0 / 256).\($0 % 256).0/29"])
                })
        ])
    }

    @Test func firesOver3000() throws {
        let findings = LimitRuleFixtures.run(SubnetsPerVirtualNetwork(), design(subnets: 3001))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "LIM-002")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["vnet-big"])
        #expect(finding.field == "subnets")
        #expect(finding.message.contains("3001 subnets"))
    }

    @Test func silentAt3000() {
        #expect(LimitRuleFixtures.run(SubnetsPerVirtualNetwork(), design(subnets: 3000)).isEmpty)
    }
}
