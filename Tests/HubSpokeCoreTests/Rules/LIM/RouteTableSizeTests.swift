import Testing

@testable import HubSpokeCore

@Suite struct RouteTableSizeTests {
    typealias F = LimitRuleFixtures

    private func table(routes: Int, tags: Int = 0) -> RouteTable {
        let cidrs = (0..<routes).map {
            Route(name: "r\($0)", addressPrefix: "10.\($0 / 256).\($0 % 256).0/24", nextHopType: "None")
        }
        let tagged = (0..<tags).map {
            Route(name: "t\($0)", addressPrefix: "AzureCloud.region\($0)", nextHopType: "Internet")
        }
        return RouteTable(name: "rt-a", routes: cidrs + tagged)
    }

    @Test func firesOver400Routes() throws {
        let findings = F.run(RouteTableSize(), Design(routeTables: [table(routes: 401)]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "LIM-007")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["rt-a"])
        #expect(finding.field == "routes")
        #expect(finding.message.contains("401 routes"))
    }

    @Test func firesOver25ServiceTagRoutes() throws {
        let findings = F.run(RouteTableSize(), Design(routeTables: [table(routes: 10, tags: 26)]))
        #expect(findings.count == 1)
        #expect(try #require(findings.first).message.contains("26 routes whose prefix is a service tag"))
    }

    @Test func firesOver200TablesInARegion() throws {
        let tables = (0..<201).map { RouteTable(name: "rt-\($0)", placement: Placement(location: "westeurope")) }
        let findings = F.run(RouteTableSize(), Design(routeTables: tables))
        #expect(findings.count == 1)
        #expect(try #require(findings.first).resources == ["rt-200"])
    }

    @Test func silentAtTheLimits() {
        #expect(F.run(RouteTableSize(), Design(routeTables: [table(routes: 375, tags: 25)])).isEmpty)
        let tables =
            (0..<200).map { RouteTable(name: "rt-\($0)") }
            + (0..<200).map { RouteTable(name: "rt-other-\($0)", placement: Placement(subscriptionId: "sub-2")) }
        #expect(F.run(RouteTableSize(), Design(routeTables: tables)).isEmpty)
    }

    @Test(arguments: [
        ("Storage", true), ("AzureCloud.westeurope", true), ("10.0.0.0/8", false), ("fd00::/8", false), ("", false),
    ])
    func serviceTagsAreRecognised(prefix: String, isTag: Bool) {
        #expect(RouteTableSize.isServiceTag(prefix) == isTag)
    }
}
