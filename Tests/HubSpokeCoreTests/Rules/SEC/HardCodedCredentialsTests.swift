import Testing

@testable import HubSpokeCore

@Suite struct HardCodedCredentialsTests {
    private func run(_ vm: VirtualMachine) -> [Finding] {
        SecurityGroupRuleFixtures.run(HardCodedCredentials(), on: Design(virtualMachines: [vm]))
    }

    @Test(arguments: [
        (Credential.literal("P@ssw0rd!"), "written into the template"), (.literal(""), "empty adminPassword"),
        (.parameter("adminPassword"), "not @secure()"),
    ])
    func firesOnPasswordsThatLeakOrAreEmpty(_ password: Credential, _ phrase: String) throws {
        let findings = run(VirtualMachine(name: "vm-1", adminPassword: password))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "SEC-007")
        #expect(finding.severity == .error)
        #expect(finding.resources == ["vm-1"])
        #expect(finding.field == "adminPassword")
        #expect(finding.message.contains(phrase))
    }

    @Test func windowsWithoutPasswordIsAnError() throws {
        let finding = try #require(run(VirtualMachine(name: "vm-win", osType: "Windows", adminPassword: nil)).first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("Windows VMs require a password"))
    }

    @Test func emptyUsernameIsAnErrorALiteralOneAWarning() {
        let empty = run(VirtualMachine(name: "vm-1", adminUsername: .literal("")))
        #expect(empty.map(\.severity) == [.error])
        #expect(empty.first?.field == "adminUsername")
        let literal = run(VirtualMachine(name: "vm-1", adminUsername: .literal("azureuser")))
        #expect(literal.map(\.severity) == [.warning])
        #expect(literal.first?.message.contains("'azureuser'") == true)
    }

    @Test(arguments: [
        VirtualMachine(name: "vm-1"),
        VirtualMachine(name: "vm-1", adminPassword: .keyVaultSecret("vmAdminPassword")),
        VirtualMachine(name: "vm-1", adminUsername: .unknown("concat(prefix, 'admin')"), adminPassword: .unknown("x")),
        VirtualMachine(name: "vm-linux", osType: "Linux", adminPassword: nil, disablePasswordAuthentication: true),
    ])
    func quietOnSecureOrUnknownCredentials(_ vm: VirtualMachine) {
        #expect(run(vm).isEmpty)
    }
}
