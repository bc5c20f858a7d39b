import Testing

@testable import HubSpokeCore

struct SubnetPrefixLengthTests {
    typealias F = SubnetRuleFixtures

    @Test func firesBelowSlash29() {
        let findings = F.run(SubnetPrefixLength(), F.design(F.subnet("snet-tiny", "10.0.0.0/30")))
        #expect(findings.count == 1)
        #expect(findings[0].rule == "SUB-004" && findings[0].severity == .error)
        #expect(findings[0].resources == ["vnet-a/subnets/snet-tiny"])
        #expect(findings[0].message.contains("smaller than /29"))
    }

    @Test func firesAboveSlash2() {
        let design = F.design(F.subnet("snet-huge", "0.0.0.0/1"), prefixes: ["0.0.0.0/1"])
        #expect(F.run(SubnetPrefixLength(), design).first?.message.contains("larger than /2") == true)
    }

    @Test func slash29Passes() {
        #expect(F.run(SubnetPrefixLength(), F.design(F.subnet("snet-small", "10.0.0.0/29"))).isEmpty)
    }

    @Test func reservedSubnetWithItsOwnMinimumIsLeftToItsRule() {
        let design = F.design(F.subnet("GatewaySubnet", "10.0.0.0/30"), F.subnet("AzureBastionSubnet", "10.0.1.0/30"))
        #expect(F.run(SubnetPrefixLength(), design).isEmpty)
    }
}
