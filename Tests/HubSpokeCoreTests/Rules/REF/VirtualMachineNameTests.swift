import Testing

@testable import HubSpokeCore

@Suite struct VirtualMachineNameTests {
    private func design(_ name: String, os: String) -> Design {
        Design(virtualMachines: [VirtualMachine(name: name, osType: os)])
    }

    @Test(arguments: [
        ("vm-web-frontend-01", "Windows", "18 characters long; Windows allows 1 to 15 (the computer name)"),
        ("vm.web", "Windows", "'.'"),
        ("vm-web-", "Windows", "ends with '-'"),
        (String(repeating: "a", count: 65), "Linux", "65 characters long; Linux allows 1 to 64"),
        ("vm.web.", "Linux", "ends with '.'"),
        ("vm_web", "Linux", "'_'"),
        ("vm web", "Linux", "a space"),
        ("vm@web", "Linux", "'@'"),
    ])
    func fires(name: String, os: String, phrase: String) throws {
        let findings = ReferenceRuleFixtures.run(VirtualMachineName(), design(name, os: os))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "REF-005")
        #expect(finding.severity == .error)
        #expect(finding.resources == [name])
        #expect(finding.message.contains(phrase))
    }

    @Test(arguments: [
        ("vmprodaewv001", "Windows"), ("vm-web-frontend", "Windows"), ("vm-web-frontend-01", "Linux"),
        ("vm.web.01", "linux"), (String(repeating: "a", count: 64), "Linux"),
    ])
    func silent(name: String, os: String) {
        #expect(ReferenceRuleFixtures.run(VirtualMachineName(), design(name, os: os)).isEmpty)
    }

    @Test func withTheOSUnknownOnlyTheCommonRulesApply() {
        let unknowns = UnknownValues([.init(resource: "vm-web-frontend-01", field: "osType", sourceText: "osType")])
        let design = design("vm-web-frontend-01", os: "Windows")
        #expect(ReferenceRuleFixtures.run(VirtualMachineName(), design, unknowns: unknowns).isEmpty)
    }

    @Test func firesOnARepeatedName() {
        let design = Design(virtualMachines: [VirtualMachine(name: "vm-a"), VirtualMachine(name: "vm-a")])
        #expect(ReferenceRuleFixtures.run(VirtualMachineName(), design).count == 1)
    }
}
