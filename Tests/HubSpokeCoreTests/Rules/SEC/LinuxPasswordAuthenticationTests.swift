import Testing

@testable import HubSpokeCore

@Suite struct LinuxPasswordAuthenticationTests {
    private func run(_ vm: VirtualMachine) -> [Finding] {
        SecurityGroupRuleFixtures.run(LinuxPasswordAuthentication(), on: Design(virtualMachines: [vm]))
    }

    @Test(arguments: [Bool?.none, false])
    func firesWhenPasswordLoginsStayOn(_ flag: Bool?) throws {
        let finding = try #require(
            run(VirtualMachine(name: "vm-1", osType: "Linux", disablePasswordAuthentication: flag)).first)
        #expect(finding.rule == "SEC-008")
        #expect(finding.severity == .warning)
        #expect(finding.resources == ["vm-1"])
        #expect(finding.field == "disablePasswordAuthentication")
        #expect(finding.message.contains("accepts password logins"))
    }

    @Test(arguments: [
        VirtualMachine(name: "vm-1", osType: "Linux", disablePasswordAuthentication: true),
        VirtualMachine(name: "vm-1", osType: "Linux", adminPassword: nil, sshPublicKey: .parameter("key")),
        VirtualMachine(name: "vm-1", osType: "Windows"),
    ])
    func quietWithKeysOnlyOrOnWindows(_ vm: VirtualMachine) {
        #expect(run(vm).isEmpty)
    }
}
