import Testing

@testable import HubSpokeCore

/// The whole REF family on the built-in designs and the benchmark.
@Suite struct ReferenceRulesOnExamplesTests {
    @Test func hubAndSpokeRaisesNothing() {
        let findings = Validator(rules: RuleCatalog.referenceRules).validate(Examples.hubAndSpoke)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// The tutorial names its peerings peer-to-secondary / peer-to-primary: REF-008 infos only.
    @Test func tutorialRaisesOnlyThePeeringNameInfos() {
        let findings = Validator(rules: RuleCatalog.referenceRules).validate(Examples.tutorial)
        #expect(findings.map(\.rule) == ["REF-008", "REF-008"])
        #expect(findings.allSatisfy { $0.severity == .info })
    }

    @Test func benchmarkRaisesNothing() {
        let findings = Validator(rules: RuleCatalog.referenceRules).validate(BenchmarkDesign.make())
        #expect(findings.isEmpty, "\(findings.prefix(3).map(\.message))")
    }

    @Test func familyIsInIDOrderAndComplete() {
        let ids = RuleCatalog.referenceRules.map { type(of: $0).id }
        #expect(ids == (1...11).map { "REF-" + ($0 < 10 ? "00" : "0") + "\($0)" })
    }
}
