import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct SecurityRuleEditorBenchmarkTests {
    @Test func theBenchmarkOpensTheEditorOnAThousandRulesAndEachSpaceIsAnEdit() {
        let bench = KeystrokeFrameBenchmark.securityRuleEditor(rules: 1000)
        let timings = bench.measure(iterations: 2, warmUp: 1)
        #expect(timings.framePath.count == 2)
        #expect(timings.validation.allSatisfy { $0 > .zero })
        #expect(bench.lastFrameCells == 120 * 40)
        let rules = KeystrokeFrameBenchmark.benchmarkRules(1000)
        #expect(Set(rules.map { "\($0.direction)\($0.priority)" }).count == 1000)
        #expect(rules.allSatisfy { (100...4096).contains($0.priority) })
    }
}
