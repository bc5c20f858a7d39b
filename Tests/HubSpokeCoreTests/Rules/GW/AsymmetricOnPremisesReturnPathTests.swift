import Testing

@testable import HubSpokeCore

struct AsymmetricOnPremisesReturnPathTests {
    typealias F = GatewayRuleFixtures

    /// Hub with gateway, firewall at 10.0.1.4 and on-premises 192.168.0.0/16; spoke 1 routes
    /// on-premises to the firewall. `returnRoute` is what the GatewaySubnet route table holds.
    private func design(
        spokeRoute: Route = Route(
            name: "onprem", addressPrefix: "192.168.0.0/16", nextHopType: "VirtualAppliance",
            nextHopIpAddress: "10.0.1.4"),
        returnRoute: Route?, disablePropagation: Bool = false
    ) -> Design {
        var d = F.hub(subnets: [
            Subnet(
                name: "GatewaySubnet", addressPrefixes: ["10.0.0.0/27"], routeTable: returnRoute == nil ? nil : "rt-gw"),
            Subnet(name: "AzureFirewallSubnet", addressPrefixes: ["10.0.1.0/26"]),
        ])
        F.addSpoke(&d, 1, routeTable: "rt-spoke")
        F.addOnPremises(&d)
        d.routeTables = [
            RouteTable(name: "rt-spoke", disableBgpRoutePropagation: disablePropagation, routes: [spokeRoute])
        ]
        if let returnRoute { d.routeTables.append(RouteTable(name: "rt-gw", routes: [returnRoute])) }
        d.azureFirewalls = [AzureFirewall(name: "afw", subnet: "vnet-hub/subnets/AzureFirewallSubnet")]
        return d
    }

    @Test func firesWithoutReturnRoute() {
        let findings = F.run(AsymmetricOnPremisesReturnPath(), design(returnRoute: nil))
        #expect(findings.count == 1)
        let f = findings[0]
        #expect(f.rule == "GW-009" && f.severity == .warning)
        #expect(f.resources == ["vnet-hub/subnets/GatewaySubnet", "rt-spoke/routes/onprem"])
        #expect(f.field == "routeTable")
        #expect(f.message.contains("has no route sending 10.1.1.0/24 back through 10.0.1.4"))
        #expect(
            f.message.contains("Associate a route table with vnet-hub/subnets/GatewaySubnet that sends 10.1.0.0/16"))
    }

    @Test func firesWhenReturnRouteUsesAnotherHopOrLosesToThePeeringRoute() {
        let other = Route(
            name: "spoke1", addressPrefix: "10.1.0.0/16", nextHopType: "VirtualAppliance", nextHopIpAddress: "10.0.1.5")
        #expect(F.run(AsymmetricOnPremisesReturnPath(), design(returnRoute: other)).count == 1)
        let tooBroad = Route(
            name: "all", addressPrefix: "10.0.0.0/8", nextHopType: "VirtualAppliance", nextHopIpAddress: "10.0.1.4")
        #expect(F.run(AsymmetricOnPremisesReturnPath(), design(returnRoute: tooBroad)).count == 1)
    }

    @Test func returnRouteThroughTheSameApplianceFixesIt() {
        let back = Route(
            name: "spoke1", addressPrefix: "10.1.0.0/16", nextHopType: "VirtualAppliance", nextHopIpAddress: "10.0.1.4")
        #expect(F.run(AsymmetricOnPremisesReturnPath(), design(returnRoute: back)).isEmpty)
    }

    @Test func defaultRouteCountsOnlyWhenGatewayRoutesAreNotLearned() {
        let defaultRoute = Route(
            name: "default", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance", nextHopIpAddress: "10.0.1.4")
        // Propagation on and gateway transit: the learned 192.168.0.0/16 route beats 0.0.0.0/0.
        #expect(F.run(AsymmetricOnPremisesReturnPath(), design(spokeRoute: defaultRoute, returnRoute: nil)).isEmpty)
        let findings = F.run(
            AsymmetricOnPremisesReturnPath(),
            design(spokeRoute: defaultRoute, returnRoute: nil, disablePropagation: true))
        #expect(findings.map(\.rule) == ["GW-009"])
    }
}
