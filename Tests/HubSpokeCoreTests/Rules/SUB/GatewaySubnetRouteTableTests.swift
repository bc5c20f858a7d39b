import Testing

@testable import HubSpokeCore

struct GatewaySubnetRouteTableTests {
    typealias F = SubnetRuleFixtures

    private func design(routes: [Route], disablePropagation: Bool = false) -> Design {
        var d = F.design(F.subnet("GatewaySubnet", "10.0.0.0/27", routeTable: "rt-gw"))
        d.routeTables = [RouteTable(name: "rt-gw", disableBgpRoutePropagation: disablePropagation, routes: routes)]
        return d
    }

    @Test func firesOnDefaultRoute() {
        let d = design(routes: [
            Route(
                name: "default", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance",
                nextHopIpAddress: "10.0.1.4")
        ])
        let findings = F.run(GatewaySubnetRouteTable(), d)
        #expect(findings.count == 1)
        #expect(findings[0].rule == "SUB-013" && findings[0].severity == .warning)
        #expect(findings[0].resources == ["rt-gw/routes/default", "vnet-a/subnets/GatewaySubnet"])
        #expect(findings[0].message.contains("sends 0.0.0.0/0"))
    }

    @Test func firesOnDisabledPropagation() {
        let findings = F.run(GatewaySubnetRouteTable(), design(routes: [], disablePropagation: true))
        #expect(findings.map(\.field) == ["disableBgpRoutePropagation"])
        #expect(findings.first?.resources.first == "rt-gw")
    }

    @Test func spokeReturnRoutesPass() {
        let d = design(routes: [
            Route(
                name: "spoke1", addressPrefix: "10.1.0.0/16", nextHopType: "VirtualAppliance",
                nextHopIpAddress: "10.0.1.4")
        ])
        #expect(F.run(GatewaySubnetRouteTable(), d).isEmpty)
    }
}
