import Testing

@testable import HubSpokeCore

@Suite struct SecurityRuleNameTests {
    typealias F = SecurityGroupRuleFixtures

    @Test(arguments: [
        ("-allow", "begins with '-'"), ("allow.", "ends with '.'"), ("allow web", "contains ' '"),
        ("allow/web", "contains '/'"), (String(repeating: "a", count: 81), "81 characters"),
    ])
    func firesOnNamesAzureRejects(_ name: String, _ phrase: String) throws {
        let findings = F.run(SecurityRuleName(), on: F.design([F.rule(name)]))
        let finding = try #require(findings.first)
        #expect(finding.rule == "NSG-003")
        #expect(finding.severity == .error)
        #expect(finding.resources == [F.path(name)])
        #expect(finding.field == "name")
        #expect(finding.message.contains(phrase))
    }

    @Test(arguments: ["allow-web_01", "_internal_", "a", "Allow.Web-1", String(repeating: "a", count: 80)])
    func quietOnNamesAzureAccepts(_ name: String) {
        #expect(F.run(SecurityRuleName(), on: F.design([F.rule(name)])).isEmpty)
    }

    @Test func firesOnANameRepeatedInAnotherCase() throws {
        let design = F.design([F.rule("Allow-Web", priority: 100), F.rule("allow-web", priority: 200)])
        let finding = try #require(F.run(SecurityRuleName(), on: design).first)
        #expect(finding.resources == [F.path("allow-web")])
        #expect(finding.message.contains("already has a rule named 'Allow-Web'"))
    }

    @Test func sameNameInTwoNSGsIsFine() {
        var design = F.design([F.rule("allow-web")])
        design.networkSecurityGroups.append(
            NetworkSecurityGroup(name: "nsg-other", securityRules: [F.rule("allow-web")]))
        #expect(F.run(SecurityRuleName(), on: design).isEmpty)
    }

    @Test func eachRepeatOfANameIsReportedOnce() {
        let design = F.design([
            F.rule("web", priority: 100), F.rule("api", priority: 110), F.rule("WEB", priority: 120),
            F.rule("Web", priority: 130),
        ])
        let findings = F.run(SecurityRuleName(), on: design)
        #expect(findings.map(\.resources) == [[F.path("WEB")], [F.path("Web")]])
        #expect(findings.allSatisfy { $0.message.contains("already has a rule named 'web'") })
    }
}
