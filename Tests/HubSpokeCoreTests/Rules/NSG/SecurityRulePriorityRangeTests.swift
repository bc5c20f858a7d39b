import HubSpokeCore
import Testing

@testable import HubSpokeCore

@Suite struct SecurityRulePriorityRangeTests {
    typealias F = SecurityGroupRuleFixtures

    @Test(arguments: [99, 4097, 65000, 0])
    func firesOutsideTheRange(_ priority: Int) throws {
        let findings = F.run(SecurityRulePriorityRange(), on: F.design([F.rule("web", priority: priority)]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "NSG-001")
        #expect(finding.severity == .error)
        #expect(finding.resources == [F.path("web")])
        #expect(finding.field == "priority")
        #expect(finding.message.contains("priority \(priority)"))
        #expect(finding.message.contains("from 100 to 4096"))
    }

    @Test(arguments: [100, 4096])
    func quietAtTheBounds(_ priority: Int) {
        #expect(F.run(SecurityRulePriorityRange(), on: F.design([F.rule(priority: priority)])).isEmpty)
    }

    @Test func suggestsAFreePriorityOfTheSameDirection() throws {
        let design = F.design([F.rule("a", priority: 100), F.rule("b", priority: 50)])
        let finding = try #require(F.run(SecurityRulePriorityRange(), on: design).first)
        #expect(finding.message.contains("such as 101"))
    }
}
