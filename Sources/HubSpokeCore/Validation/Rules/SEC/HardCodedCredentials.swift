/// VM credentials written into a template end up in source control and in the deployment
/// history. A password must come from a `@secure()` parameter without a default or from Key
/// Vault; a plain parameter is logged with the deployment, a literal is in the file. An empty
/// user name or password is rejected by Azure, and a Windows VM needs a password.
///
/// A user name is not a secret in Microsoft's guidance for secrets, but the Bicep linter rule
/// `adminusername-should-not-be-literal` asks for a parameter too (it makes the name guessable
/// and identical everywhere), so a non-empty literal user name is reported as a warning, a
/// literal or empty password and an empty user name as errors. Values not known offline are
/// skipped.
struct HardCodedCredentials: Rule {
    static let id = "SEC-007"
    static let severity: Severity = .error
    static let title = "VM admin credentials are hard-coded or empty"
    static let help =
        "adminPassword must come from a @secure() parameter without a default or a Key Vault reference; a literal "
        + "or a plain parameter leaks into the template or deployment history, and an empty value is rejected. A "
        + "literal adminUsername should be a parameter too (Bicep linter adminusername-should-not-be-literal)."
    static let source = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/scenarios-secrets"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for vm in context.design.virtualMachines {
            checkUsername(vm, into: &findings)
            checkPassword(vm, into: &findings)
        }
    }

    private func checkUsername(_ vm: VirtualMachine, into findings: inout [Finding]) {
        guard case .literal(let name) = vm.adminUsername else { return }
        if name.isEmpty {
            findings.append(
                finding(
                    "\(vm.name) has an empty adminUsername: Azure rejects the VM. Pass the user name as a parameter.",
                    resources: [vm.name], field: "adminUsername"))
        } else {
            findings.append(
                finding(
                    "\(vm.name) has adminUsername '\(name)' written into the template: every deployment uses the same, "
                        + "guessable admin name. Pass it as a parameter (param adminUsername string).",
                    resources: [vm.name], field: "adminUsername", severity: .warning))
        }
    }

    private func checkPassword(_ vm: VirtualMachine, into findings: inout [Finding]) {
        switch vm.adminPassword {
        case .literal(let value) where value.isEmpty:
            findings.append(
                finding(
                    "\(vm.name) has an empty adminPassword: Azure rejects it. Pass the password as a @secure() "
                        + "parameter without a default, or reference a Key Vault secret.",
                    resources: [vm.name], field: "adminPassword"))
        case .literal:
            findings.append(
                finding(
                    "\(vm.name) has its adminPassword written into the template (a literal or a default value): it "
                        + "leaks into source control and the deployment history. Use a @secure() parameter without "
                        + "a default, or a Key Vault reference.",
                    resources: [vm.name], field: "adminPassword"))
        case .parameter(let name):
            findings.append(
                finding(
                    "\(vm.name) takes adminPassword from parameter '\(name)', which is not @secure(): its value is "
                        + "recorded in the deployment history. Mark the parameter @secure() (without a default) or "
                        + "use a Key Vault reference.",
                    resources: [vm.name], field: "adminPassword"))
        case nil where vm.isWindows:
            findings.append(
                finding(
                    "\(vm.name) is a Windows VM without an adminPassword: Azure rejects it (Windows VMs require a "
                        + "password). Add one from a @secure() parameter or Key Vault.",
                    resources: [vm.name], field: "adminPassword"))
        case nil, .secureParameter, .keyVaultSecret, .unknown:
            return
        }
    }
}
