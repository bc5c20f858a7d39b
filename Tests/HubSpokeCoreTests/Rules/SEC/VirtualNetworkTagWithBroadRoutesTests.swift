import Testing

@testable import HubSpokeCore

@Suite struct VirtualNetworkTagWithBroadRoutesTests {
    typealias F = SecurityGroupRuleFixtures

    private let defaultRoute = RouteTable(
        name: "rt-app",
        routes: [
            Route(
                name: "default", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance",
                nextHopIpAddress: "10.0.1.4")
        ])

    @Test func defaultAllowVnetInBoundWithADefaultRouteFires() throws {
        let design = F.design([F.rule("https", priority: 200, source: "10.0.0.0/8")], routeTable: defaultRoute)
        let findings = F.run(VirtualNetworkTagWithBroadRoutes(), on: design)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "SEC-006")
        #expect(finding.severity == .warning)
        #expect(finding.resources == [F.subnetPath, "rt-app", F.nsgName])
        #expect(finding.field == "routeTable")
        #expect(finding.message.contains("AllowVnetInBound (65000)"))
        #expect(finding.message.contains("any source at all"))
    }

    @Test func customVirtualNetworkAllowAboveTheDenyFires() throws {
        let rules = [
            F.rule("from-vnet", priority: 100, source: "VirtualNetwork", port: "443"),
            F.rule("deny-all", priority: 4000, access: "Deny", protocol: "*", port: "*"),
        ]
        let finding = try #require(
            F.run(VirtualNetworkTagWithBroadRoutes(), on: F.design(rules, routeTable: defaultRoute)).first)
        #expect(finding.message.contains("from-vnet (100)"))
        #expect(!finding.message.contains("AllowVnetInBound"))
    }

    @Test func quietWithADenyAllBelowTheAllows() {
        let rules = [
            F.rule("https", priority: 200, source: "10.0.0.0/8"),
            F.rule("deny-all", priority: 4000, access: "Deny", protocol: "*", port: "*"),
        ]
        #expect(F.run(VirtualNetworkTagWithBroadRoutes(), on: F.design(rules, routeTable: defaultRoute)).isEmpty)
    }

    @Test func quietWhenTheRoutesStayInsideTheVNet() {
        let local = RouteTable(
            name: "rt-app",
            routes: [
                Route(
                    name: "app", addressPrefix: "10.1.2.0/24", nextHopType: "VirtualAppliance",
                    nextHopIpAddress: "10.1.1.4")
            ])
        #expect(F.run(VirtualNetworkTagWithBroadRoutes(), on: F.design([], routeTable: local)).isEmpty)
    }

    @Test func quietWithoutARouteTable() {
        #expect(F.run(VirtualNetworkTagWithBroadRoutes(), on: F.design([])).isEmpty)
    }
}
