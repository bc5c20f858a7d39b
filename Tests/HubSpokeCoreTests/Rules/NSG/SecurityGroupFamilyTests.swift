import HubSpokeCore
import Testing

@Suite struct SecurityGroupFamilyTests {
    @Test(arguments: ["hub-and-spoke", "tutorial"])
    func builtInExamplesRaiseNothingAboveInfo(_ name: String) throws {
        let design = try #require(Examples.named(name))
        let findings = Validator(rules: RuleCatalog.securityGroupRules).validate(design)
        #expect(findings.filter { $0.severity > .info }.isEmpty, "\(findings.map(\.message))")
    }

    @Test func benchmarkDesignRaisesNothingAboveInfo() {
        let design = BenchmarkDesign.make(hubs: 2, spokesPerHub: 6)
        let findings = Validator(rules: RuleCatalog.securityGroupRules).validate(design)
        #expect(findings.filter { $0.severity > .info }.isEmpty, "\(findings.prefix(3).map(\.message))")
    }

    @Test func catalogListIsInIDOrderWithUniqueIDs() {
        let ids = RuleCatalog.securityGroupRules.map { type(of: $0).id }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("NSG-") })
    }
}
