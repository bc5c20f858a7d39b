import Testing

@testable import HubSpokeCore

/// The whole GW family on the built-in designs: correct designs get nothing above info.
struct GatewayCatalogOnExamplesTests {
    static let rules = RuleCatalog.gatewayRules

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

    @Test func familyListIsInIDOrderWithoutDuplicates() {
        let ids = Self.rules.map { type(of: $0).id }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == 9)
        #expect(ids.allSatisfy { $0.hasPrefix("GW-") })
        #expect(!ids.contains("GW-008"))
    }
}
