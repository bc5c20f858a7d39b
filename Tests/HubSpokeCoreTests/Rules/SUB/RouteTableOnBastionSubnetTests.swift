import Testing

@testable import HubSpokeCore

struct RouteTableOnBastionSubnetTests {
    typealias F = SubnetRuleFixtures

    @Test func firesWithRouteTable() {
        var d = F.design(F.subnet("AzureBastionSubnet", "10.0.2.0/26", routeTable: "rt"))
        d.routeTables = [RouteTable(name: "rt")]
        let findings = F.run(RouteTableOnBastionSubnet(), d)
        #expect(findings.count == 1)
        #expect(findings[0].rule == "SUB-020" && findings[0].severity == .warning)
        #expect(findings[0].resources == ["vnet-a/subnets/AzureBastionSubnet", "rt"])
        #expect(findings[0].field == "routeTable")
        #expect(findings[0].message.contains("does not support UDRs"))
    }

    @Test func withoutRouteTablePasses() {
        var d = F.design(
            F.subnet("AzureBastionSubnet", "10.0.2.0/26"), F.subnet("snet-app", "10.0.1.0/24", routeTable: "rt"))
        d.routeTables = [RouteTable(name: "rt")]
        #expect(F.run(RouteTableOnBastionSubnet(), d).isEmpty)
    }
}
