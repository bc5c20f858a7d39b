import Testing

@testable import HubSpokeCore

/// The whole PEER and RT families on the built-in examples: correct designs get nothing above
/// info from them.
@Suite struct PeeringAndRouteFamiliesOnExamples {
    static let families = RuleCatalog.peeringRules + RuleCatalog.routeRules

    @Test(arguments: ["hub-and-spoke", "tutorial"])
    func examplesRaiseNothingAboveInfo(_ name: String) throws {
        let design = try #require(Examples.named(name))
        let findings = Validator(rules: Self.families).validate(design)
        let serious = findings.filter { $0.severity > .info }
        #expect(serious.isEmpty, "\(serious.map { "\($0.rule) \($0.resources.first ?? ""): \($0.message)" })")
    }

    @Test func benchmarkDesignRaisesNothingAboveInfo() {
        let findings = Validator(rules: Self.families).validate(BenchmarkDesign.make(hubs: 2, spokesPerHub: 20))
        let serious = findings.filter { $0.severity > .info }
        #expect(serious.isEmpty, "\(serious.prefix(5).map { "\($0.rule) \($0.resources.first ?? ""): \($0.message)" })")
    }

    @Test func familyListsAreInIDOrderAndUnique() {
        for family in [RuleCatalog.peeringRules, RuleCatalog.routeRules] {
            let ids = family.map { type(of: $0).id }
            #expect(ids == ids.sorted())
            #expect(Set(ids).count == ids.count)
        }
        let peeringIDs = RuleCatalog.peeringRules.map { type(of: $0).id }
        #expect(!peeringIDs.contains("PEER-008"), "PEER-008 is retired; RT-011 reports it")
    }
}
