import Testing

@testable import HubSpokeCore

struct IPv6SubnetPrefixLengthTests {
    typealias F = SubnetRuleFixtures

    @Test func firesOnSlash48() {
        let design = F.design(
            F.subnet("snet-v6", "10.0.1.0/24", "fd00:db8::/48"), prefixes: ["10.0.0.0/16", "fd00:db8::/48"])
        let findings = F.run(IPv6SubnetPrefixLength(), design)
        #expect(findings.count == 1)
        #expect(findings[0].rule == "SUB-007" && findings[0].severity == .error)
        #expect(findings[0].resources == ["vnet-a/subnets/snet-v6"])
        #expect(findings[0].message.contains("only /64"))
        #expect(findings[0].message.contains("fd00:db8::/64"))
    }

    @Test func slash64Passes() {
        let design = F.design(
            F.subnet("snet-v6", "10.0.1.0/24", "fd00:db8::/64"), prefixes: ["10.0.0.0/16", "fd00:db8::/48"])
        #expect(F.run(IPv6SubnetPrefixLength(), design).isEmpty)
    }
}
