import Testing

@testable import HubSpokeCore

/// The whole SUB family on the built-in designs: correct designs get nothing above info.
struct SubnetCatalogOnExamplesTests {
    static let rules = RuleCatalog.subnetRules

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
        #expect(Set(ids).count == 22)
        #expect(ids.allSatisfy { $0.hasPrefix("SUB-") })
        #expect(!ids.contains("SUB-005"))
    }
}
