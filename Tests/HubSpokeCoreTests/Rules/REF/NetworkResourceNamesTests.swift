import Testing

@testable import HubSpokeCore

@Suite struct NetworkResourceNamesTests {
    @Test func firesOnEachKindOfInvalidName() {
        var design = ReferenceRuleFixtures.workload()
        design.networkSecurityGroups[0].name = "nsg app"
        design.routeTables[0].routes = [Route(name: "to-fw.", addressPrefix: "0.0.0.0/0", nextHopType: "None")]
        design.publicIPAddresses[0].name = "_pip"
        design.virtualNetworks[0].virtualNetworkPeerings = [
            VirtualNetworkPeering(name: String(repeating: "p", count: 81), remoteVirtualNetwork: "vnet-x")
        ]
        let findings = ReferenceRuleFixtures.run(NetworkResourceNames(), design)
        #expect(findings.allSatisfy { $0.rule == "REF-003" && $0.severity == .error && $0.field == "name" })
        #expect(
            Set(findings.map { $0.resources[0] }) == [
                "nsg app", "rt-app/routes/to-fw.", "_pip",
                "vnet-app/virtualNetworkPeerings/" + String(repeating: "p", count: 81),
            ])
        #expect(findings.contains { $0.message.hasPrefix("Route name 'to-fw.' ends with '.'") })
    }

    @Test func firesOnATopLevelNameRepeatedInOneResourceGroup() throws {
        var design = ReferenceRuleFixtures.workload()
        design.routeTables.append(RouteTable(name: "RT-APP"))
        design.routeTables.append(RouteTable(name: "rt-app", placement: Placement(resourceGroup: "rg-b")))
        let findings = ReferenceRuleFixtures.run(NetworkResourceNames(), design)
        #expect(findings.count == 1)
        #expect(try #require(findings.first).message.contains("Route table RT-APP is defined twice"))
    }

    @Test func securityRuleNamesAreLeftToNSG003() {
        var design = ReferenceRuleFixtures.workload()
        design.networkSecurityGroups[0].securityRules = [
            SecurityRule(name: "bad name!", priority: 100, direction: "Inbound", access: "Allow", protocol: "*")
        ]
        #expect(ReferenceRuleFixtures.run(NetworkResourceNames(), design).isEmpty)
    }

    @Test func silentOnTheExampleNames() {
        #expect(ReferenceRuleFixtures.run(NetworkResourceNames(), ReferenceRuleFixtures.workload()).isEmpty)
    }
}
