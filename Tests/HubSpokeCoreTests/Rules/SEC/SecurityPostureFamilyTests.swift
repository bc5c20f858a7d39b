import HubSpokeCore
import Testing

@Suite struct SecurityPostureFamilyTests {
    @Test func hubAndSpokeRaisesNothingAboveInfo() {
        let findings = Validator(rules: RuleCatalog.securityPostureRules).validate(Examples.hubAndSpoke)
        #expect(findings.filter { $0.severity > .info }.isEmpty, "\(findings.map(\.message))")
    }

    @Test func tutorialRaisesOnlyTheRDPWarningAboveInfo() {
        let findings = Validator(rules: RuleCatalog.securityPostureRules).validate(Examples.tutorial)
        let serious = findings.filter { $0.severity > .info }
        #expect(serious.map(\.rule) == ["SEC-001"])
        #expect(serious.first?.resources == ["nsg-prod-ae-wv-001/securityRules/default-allow-rdp"])
    }

    @Test func benchmarkDesignRaisesNothingAboveInfo() {
        let design = BenchmarkDesign.make(hubs: 2, spokesPerHub: 6)
        let findings = Validator(rules: RuleCatalog.securityPostureRules).validate(design)
        #expect(findings.filter { $0.severity > .info }.isEmpty, "\(findings.prefix(3).map(\.message))")
    }

    @Test func catalogListIsInIDOrderWithUniqueIDs() {
        let ids = RuleCatalog.securityPostureRules.map { type(of: $0).id }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("SEC-") })
    }
}
