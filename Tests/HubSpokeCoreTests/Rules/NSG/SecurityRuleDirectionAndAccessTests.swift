import Testing

@testable import HubSpokeCore

@Suite struct SecurityRuleDirectionAndAccessTests {
    typealias F = SecurityGroupRuleFixtures

    @Test func firesOnEachBadValueWithItsField() {
        let findings = F.run(
            SecurityRuleDirectionAndAccess(), on: F.design([F.rule("web", direction: "Inbond", access: "Permit")]))
        #expect(findings.map(\.rule) == ["NSG-004", "NSG-004"])
        #expect(findings.allSatisfy { $0.severity == .error && $0.resources == [F.path("web")] })
        #expect(Set(findings.compactMap(\.field)) == ["direction", "access"])
        #expect(
            findings.contains {
                $0.message.contains("direction 'Inbond'") && $0.message.contains("Did you mean Inbound?")
            })
    }

    @Test(arguments: [("Inbound", "Allow"), ("outbound", "deny"), ("INBOUND", "ALLOW")])
    func quietOnValidValuesInAnyCase(_ direction: String, _ access: String) {
        #expect(
            F.run(SecurityRuleDirectionAndAccess(), on: F.design([F.rule(direction: direction, access: access)]))
                .isEmpty)
    }
}
