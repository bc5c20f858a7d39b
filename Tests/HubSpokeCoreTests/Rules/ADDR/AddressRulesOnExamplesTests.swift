import Testing

@testable import HubSpokeCore

/// The whole ADDR family on the built-in designs and the benchmark: nothing above info.
@Suite struct AddressRulesOnExamplesTests {
    @Test(arguments: ["hub-and-spoke", "tutorial"])
    func examplesRaiseNothingAboveInfo(name: String) throws {
        let design = try #require(Examples.named(name))
        let findings = Validator(rules: RuleCatalog.addressRules).validate(design)
        #expect(findings.filter { $0.severity > .info }.isEmpty, "\(findings.map(\.message))")
    }

    @Test func benchmarkRaisesNothing() {
        let findings = Validator(rules: RuleCatalog.addressRules).validate(BenchmarkDesign.make())
        #expect(findings.isEmpty, "\(findings.prefix(3).map(\.message))")
    }

    @Test func familyIsInIDOrderAndComplete() {
        let ids = RuleCatalog.addressRules.map { type(of: $0).id }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        #expect(ids.count == 12)
        #expect(!ids.contains("ADDR-012"))
    }
}
