import Testing

@testable import HubSpokeCore

@Suite struct DuplicateSecurityRulePriorityTests {
    typealias F = SecurityGroupRuleFixtures

    @Test func firesOnTheSecondRuleOfTheSameDirectionAndPriority() throws {
        let design = F.design([F.rule("first", priority: 200), F.rule("second", priority: 200, direction: "inbound")])
        let findings = F.run(DuplicateSecurityRulePriority(), on: design)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "NSG-002")
        #expect(finding.severity == .error)
        #expect(finding.resources == [F.path("second"), F.path("first")])
        #expect(finding.message.contains("both Inbound rules with priority 200"))
    }

    @Test func quietWhenTheDirectionsDiffer() {
        let design = F.design([F.rule("in", priority: 200), F.rule("out", priority: 200, direction: "Outbound")])
        #expect(F.run(DuplicateSecurityRulePriority(), on: design).isEmpty)
    }

    @Test func leavesInvalidDirectionsAndPrioritiesToTheirOwnRules() {
        let design = F.design([
            F.rule("a", priority: 50), F.rule("b", priority: 50), F.rule("c", priority: 300, direction: "Inbond"),
            F.rule("d", priority: 300, direction: "Inbond"),
        ])
        #expect(F.run(DuplicateSecurityRulePriority(), on: design).isEmpty)
    }

    @Test func eachRepeatNamesTheFirstRuleOfThatPriority() {
        let design = F.design([
            F.rule("c", priority: 300, direction: "Outbound"), F.rule("a", priority: 300, direction: "Outbound"),
            F.rule("b", priority: 300, direction: "Outbound"),
        ])
        let findings = F.run(DuplicateSecurityRulePriority(), on: design)
        #expect(findings.map(\.resources) == [[F.path("a"), F.path("c")], [F.path("b"), F.path("c")]])
        #expect(findings.allSatisfy { $0.message.contains("both Outbound rules") })
    }
}
