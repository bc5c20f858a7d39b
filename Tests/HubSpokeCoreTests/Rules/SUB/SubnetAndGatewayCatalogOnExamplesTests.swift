import Testing

@testable import HubSpokeCore

/// The whole SUB and GW families on the built-in designs: correct designs get nothing above info.
struct SubnetAndGatewayCatalogOnExamplesTests {
    static let rules: [any Rule] = RuleCatalog.subnetRules + RuleCatalog.gatewayRules

    @Test(arguments: ["hub-and-spoke", "tutorial"])
    func examplesRaiseNothingAboveInfo(name: String) throws {
        let design = try #require(Examples.named(name))
        let findings = Validator(rules: Self.rules).validate(design)
        #expect(findings.filter { $0.severity > .info }.isEmpty, "\(findings.map(\.message))")
    }

    @Test func benchmarkDesignRaisesNothingAboveInfo() {
        let findings = Validator(rules: Self.rules).validate(BenchmarkDesign.make())
        #expect(findings.filter { $0.severity > .info }.isEmpty, "\(findings.prefix(5).map(\.message))")
    }

    @Test func familyListsAreInIDOrderWithoutDuplicates() {
        for family in [RuleCatalog.subnetRules, RuleCatalog.gatewayRules] {
            let ids = family.map { type(of: $0).id }
            #expect(ids == ids.sorted())
            #expect(Set(ids).count == ids.count)
        }
        let ids = Set(Self.rules.map { type(of: $0).id })
        #expect(!ids.contains("SUB-005") && !ids.contains("GW-008"))
        #expect(ids.count == 22 + 9)
    }
}
