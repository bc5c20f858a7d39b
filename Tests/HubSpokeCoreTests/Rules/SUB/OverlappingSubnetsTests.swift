import Testing

@testable import HubSpokeCore

struct OverlappingSubnetsTests {
    typealias F = SubnetRuleFixtures

    @Test func firesOnOverlap() {
        let design = F.design(F.subnet("snet-a", "10.0.0.0/24"), F.subnet("snet-b", "10.0.0.128/25"))
        let findings = F.run(OverlappingSubnets(), design)
        #expect(findings.count == 1)
        let f = findings[0]
        #expect(f.rule == "SUB-003" && f.severity == .error)
        #expect(f.resources == ["vnet-a/subnets/snet-b", "vnet-a/subnets/snet-a"])
        #expect(f.message.contains("overlaps vnet-a/subnets/snet-a (10.0.0.0/24)"))
        #expect(f.message.contains("such as 10.0.1.0/25"))
    }

    @Test func adjacentSubnetsPass() {
        let design = F.design(F.subnet("snet-a", "10.0.0.0/25"), F.subnet("snet-b", "10.0.0.128/25"))
        #expect(F.run(OverlappingSubnets(), design).isEmpty)
    }

    @Test func sameRangeInDifferentVNetsIsNotThisRule() {
        let design = Design(virtualNetworks: [
            F.vnet("vnet-a", subnets: [F.subnet("snet", "10.0.0.0/24")]),
            F.vnet("vnet-b", subnets: [F.subnet("snet", "10.0.0.0/24")]),
        ])
        #expect(F.run(OverlappingSubnets(), design).isEmpty)
    }
}
