import Testing

@testable import HubSpokeCore

struct GatewaySubnetMinimumSizeTests {
    typealias F = SubnetRuleFixtures

    @Test func firesAtSlash30() {
        let findings = F.run(GatewaySubnetMinimumSize(), F.design(F.subnet("GatewaySubnet", "10.0.0.0/30")))
        #expect(findings.count == 1)
        #expect(findings[0].rule == "SUB-010" && findings[0].severity == .error)
        #expect(findings[0].resources == ["vnet-a/subnets/GatewaySubnet"])
        #expect(findings[0].message.contains("smaller than /29"))
    }

    @Test func slash29Passes() {
        #expect(F.run(GatewaySubnetMinimumSize(), F.design(F.subnet("GatewaySubnet", "10.0.0.0/29"))).isEmpty)
    }

    @Test func otherSubnetsAreNotThisRule() {
        #expect(F.run(GatewaySubnetMinimumSize(), F.design(F.subnet("snet-app", "10.0.0.0/30"))).isEmpty)
    }
}
