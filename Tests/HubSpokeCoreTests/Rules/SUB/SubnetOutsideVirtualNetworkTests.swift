import Testing

@testable import HubSpokeCore

struct SubnetOutsideVirtualNetworkTests {
    typealias F = SubnetRuleFixtures

    @Test func firesWhenSubnetLeavesTheAddressSpace() {
        let design = F.design(F.subnet("snet-app", "10.0.0.0/24"), F.subnet("snet-out", "10.1.0.0/24"))
        let findings = F.run(SubnetOutsideVirtualNetwork(), design)
        #expect(findings.count == 1)
        let f = findings[0]
        #expect(f.rule == "SUB-002" && f.severity == .error)
        #expect(f.resources == ["vnet-a/subnets/snet-out", "vnet-a"])
        #expect(f.message.contains("not inside vnet-a's address space (10.0.0.0/16)"))
        #expect(f.message.contains("10.0.1.0/24"))
    }

    @Test func firesWhenSubnetIsLargerThanTheSpace() {
        let design = F.design(F.subnet("snet-big", "10.0.0.0/15"), prefixes: ["10.0.0.0/16"])
        #expect(F.run(SubnetOutsideVirtualNetwork(), design).map(\.rule) == ["SUB-002"])
    }

    @Test func subnetInSecondPrefixPasses() {
        let design = F.design(F.subnet("snet-b", "10.1.0.0/24"), prefixes: ["10.0.0.0/16", "10.1.0.0/16"])
        #expect(F.run(SubnetOutsideVirtualNetwork(), design).isEmpty)
    }

    @Test func skippedWhenAVNetPrefixDoesNotParse() {
        let design = F.design(F.subnet("snet-b", "10.1.0.0/24"), prefixes: ["10.0.0.0/16", "10.1.0.0/33"])
        #expect(F.run(SubnetOutsideVirtualNetwork(), design).isEmpty)
    }
}

extension SubnetOutsideVirtualNetworkTests {
    @Test func unknownVNetSpaceIsNotGuessed() {
        let design = F.design(F.subnet("snet-out", "10.1.0.0/24"))
        let unknowns = UnknownValues([.init(resource: "vnet-a", field: "addressPrefixes", sourceText: "vnetPrefixes")])
        #expect(F.run(SubnetOutsideVirtualNetwork(), design, unknowns: unknowns).isEmpty)
    }
}
