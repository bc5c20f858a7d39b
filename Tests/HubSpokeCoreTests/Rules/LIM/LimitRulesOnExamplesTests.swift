import Testing

@testable import HubSpokeCore

/// The whole LIM family on the built-in designs and the benchmark.
@Suite struct LimitRulesOnExamplesTests {
    @Test(arguments: ["hub-and-spoke", "tutorial"])
    func examplesRaiseNothing(name: String) throws {
        let design = try #require(Examples.named(name))
        #expect(Validator(rules: RuleCatalog.limitRules).validate(design).isEmpty)
    }

    /// The benchmark has 249 route tables per region, over Azure's 200 per subscription and
    /// region: LIM-007 rightly reports each region once, and nothing else fires.
    @Test func benchmarkRaisesOnlyTheRouteTableQuota() {
        let findings = Validator(rules: RuleCatalog.limitRules).validate(BenchmarkDesign.make())
        #expect(findings.map(\.rule) == ["LIM-007", "LIM-007", "LIM-007", "LIM-007"])
        #expect(findings.allSatisfy { $0.message.contains("249 route tables") })
    }

    @Test func familyIsInIDOrderAndLeavesOutTheAlias() {
        let ids = RuleCatalog.limitRules.map { type(of: $0).id }
        #expect(ids == ids.sorted())
        #expect(ids.count == 9)
        #expect(!ids.contains("LIM-008"))
        #expect(!ids.contains("LIM-011"))
    }
}
