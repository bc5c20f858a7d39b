import Testing

@testable import HubSpokeCore

@Suite struct PrivateAddressesInUseTests {
    typealias F = LimitRuleFixtures

    private func network(_ name: String, _ prefix: String) -> VirtualNetwork {
        VirtualNetwork(
            name: name, addressPrefixes: [prefix], subnets: [Subnet(name: "snet", addressPrefixes: [prefix])])
    }

    @Test func firesOverTheLimitOfOneVNet() throws {
        let design = Design(
            virtualNetworks: [network("vnet-a", "10.0.0.0/14")],
            networkInterfaces: F.nics("nic", configurations: 65_537, subnet: "vnet-a/subnets/snet"))
        let findings = F.run(PrivateAddressesInUse(), design)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "LIM-004")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["vnet-a"])
        #expect(finding.message.contains("65537 private IP addresses in use"))
    }

    @Test func silentAtTheLimitOfOneVNet() {
        let design = Design(
            virtualNetworks: [network("vnet-a", "10.0.0.0/14")],
            networkInterfaces: F.nics("nic", configurations: 65_536, subnet: "vnet-a/subnets/snet"))
        #expect(F.run(PrivateAddressesInUse(), design).isEmpty)
    }

    private func peeredPair(_ a: Int, _ b: Int) -> Design {
        var vnetA = network("vnet-a", "10.0.0.0/14")
        var vnetB = network("vnet-b", "10.4.0.0/14")
        vnetA.virtualNetworkPeerings = [VirtualNetworkPeering(name: "a-to-b", remoteVirtualNetwork: "vnet-b")]
        vnetB.virtualNetworkPeerings = [VirtualNetworkPeering(name: "b-to-a", remoteVirtualNetwork: "vnet-a")]
        return Design(
            virtualNetworks: [vnetA, vnetB],
            networkInterfaces: F.nics("nic-a", configurations: a, subnet: "vnet-a/subnets/snet")
                + F.nics("nic-b", configurations: b, subnet: "vnet-b/subnets/snet"))
    }

    @Test func firesOverTheLimitOfAPeeredGroup() throws {
        let findings = F.run(PrivateAddressesInUse(), peeredPair(64_000, 64_001))
        #expect(findings.map(\.resources) == [["vnet-a"], ["vnet-b"]])
        #expect(try #require(findings.first).message.contains("128001 private IP addresses"))
    }

    @Test func silentAtTheLimitOfAPeeredGroup() {
        #expect(F.run(PrivateAddressesInUse(), peeredPair(64_000, 64_000)).isEmpty)
    }
}
