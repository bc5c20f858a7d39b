import HubSpokeBicep
import HubSpokeCore
import Testing

/// Reads every corpus project, checks the design it maps to, and validates it.
struct CorpusTests {
    static let implementedRules = Set(RuleCatalog.descriptors.map(\.id))

    @Test(arguments: CorpusCase.all)
    func corpusCase(_ corpus: CorpusCase) throws {
        let document = try corpus.read()
        corpus.check(document)
        let findings = Validator().validate(document)
        let reported = Set(findings.map(\.rule))
        for rule in corpus.expectedRules.sorted() where Self.implementedRules.contains(rule) {
            #expect(reported.contains(rule), "\(corpus.name): expected \(rule); reported \(reported.sorted())")
        }
        for rule in corpus.absentRules.sorted() {
            #expect(!reported.contains(rule), "\(corpus.name): \(rule) must not be reported")
        }
        for finding in findings where finding.severity > .info {
            #expect(finding.location != nil, "\(corpus.name): \(finding.rule) on \(finding.resources) has no location")
        }
    }

    @Test func atLeastFifteenProjects() {
        #expect(CorpusCase.all.count >= 15)
        #expect(Set(CorpusCase.all.map(\.name)).count == CorpusCase.all.count)
    }
}
