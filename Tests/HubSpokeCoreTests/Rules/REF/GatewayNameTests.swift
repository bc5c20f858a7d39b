import Testing

@testable import HubSpokeCore

@Suite struct GatewayNameTests {
    @Test func firesOnAnInvalidName() throws {
        var design = ReferenceRuleFixtures.workload()
        design.virtualNetworkGateways[0].name = "vgw/hub"
        let findings = ReferenceRuleFixtures.run(GatewayName(), design)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "REF-004")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["vgw/hub"])
        #expect(finding.message.contains("contains '/'"))
    }

    @Test func firesOnARepeatedName() {
        var design = ReferenceRuleFixtures.workload()
        design.virtualNetworkGateways.append(design.virtualNetworkGateways[0])
        #expect(ReferenceRuleFixtures.run(GatewayName(), design).count == 1)
    }

    @Test func silentOnAValidName() {
        var design = ReferenceRuleFixtures.workload()
        design.virtualNetworkGateways[0].name = "vgw_hub.01_"
        #expect(ReferenceRuleFixtures.run(GatewayName(), design).isEmpty)
    }
}
