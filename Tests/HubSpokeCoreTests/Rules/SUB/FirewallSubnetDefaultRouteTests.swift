import Testing

@testable import HubSpokeCore

struct FirewallSubnetDefaultRouteTests {
    typealias F = SubnetRuleFixtures

    private func design(nextHop: String, management: Bool = false) -> Design {
        var d = F.design(
            F.subnet("AzureFirewallSubnet", "10.0.1.0/26", routeTable: "rt-fw"),
            F.subnet("AzureFirewallManagementSubnet", "10.0.2.0/26"))
        d.routeTables = [
            RouteTable(
                name: "rt-fw",
                routes: [
                    Route(
                        name: "default", addressPrefix: "0.0.0.0/0", nextHopType: nextHop,
                        nextHopIpAddress: nextHop == "VirtualAppliance" ? "192.168.0.4" : nil)
                ])
        ]
        d.azureFirewalls = [
            AzureFirewall(
                name: "afw", subnet: "vnet-a/subnets/AzureFirewallSubnet",
                managementSubnet: management ? "vnet-a/subnets/AzureFirewallManagementSubnet" : nil)
        ]
        return d
    }

    @Test func firesForDefaultRouteToAnAppliance() {
        let findings = F.run(FirewallSubnetDefaultRoute(), design(nextHop: "VirtualAppliance"))
        #expect(findings.count == 1)
        #expect(findings[0].rule == "SUB-017" && findings[0].severity == .warning)
        #expect(findings[0].resources == ["rt-fw/routes/default", "vnet-a/subnets/AzureFirewallSubnet"])
        #expect(findings[0].message.contains("VirtualAppliance 192.168.0.4"))
    }

    @Test func internetNextHopPasses() {
        #expect(F.run(FirewallSubnetDefaultRoute(), design(nextHop: "Internet")).isEmpty)
    }

    @Test func forcedTunnellingPasses() {
        #expect(F.run(FirewallSubnetDefaultRoute(), design(nextHop: "VirtualAppliance", management: true)).isEmpty)
    }
}
