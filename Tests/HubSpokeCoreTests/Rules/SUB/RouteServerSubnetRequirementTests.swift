import Testing

@testable import HubSpokeCore

struct RouteServerSubnetRequirementTests {
    typealias F = SubnetRuleFixtures

    @Test func firesForSmallSubnet() {
        let findings = F.run(RouteServerSubnetRequirement(), F.design(F.subnet("RouteServerSubnet", "10.0.3.0/28")))
        #expect(findings.count == 1)
        #expect(findings[0].rule == "SUB-021" && findings[0].severity == .error)
        #expect(findings[0].resources == ["vnet-a/subnets/RouteServerSubnet"])
        #expect(findings[0].message.contains("smaller than /27"))
    }

    @Test func firesForRouteServerElsewhere() {
        var d = F.design(F.subnet("snet-rs", "10.0.3.0/27"))
        d.routeServers = [RouteServer(name: "rs", subnet: "vnet-a/subnets/snet-rs")]
        #expect(F.run(RouteServerSubnetRequirement(), d).map(\.resources) == [["rs", "vnet-a/subnets/snet-rs"]])
    }

    @Test func slash27Passes() {
        var d = F.design(F.subnet("RouteServerSubnet", "10.0.3.0/27"))
        d.routeServers = [RouteServer(name: "rs", subnet: "vnet-a/subnets/RouteServerSubnet")]
        #expect(F.run(RouteServerSubnetRequirement(), d).isEmpty)
    }
}
