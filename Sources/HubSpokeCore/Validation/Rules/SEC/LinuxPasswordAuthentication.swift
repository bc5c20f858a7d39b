/// A Linux VM that accepts passwords can be brute-forced over SSH; Microsoft recommends SSH keys
/// with `disablePasswordAuthentication: true`. Azure's default is false, so a Linux VM with an
/// admin password and the flag not set to true accepts password logins.
struct LinuxPasswordAuthentication: Rule {
    static let id = "SEC-008"
    static let severity: Severity = .warning
    static let title = "Linux VM allows password authentication"
    static let help =
        "linuxConfiguration.disablePasswordAuthentication is not true, so SSH accepts the admin password. Use an "
        + "SSH public key and set disablePasswordAuthentication to true."
    static let source = "https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for vm in context.design.virtualMachines where vm.osType.equalsIgnoringCase("Linux") {
            // Without a password there is nothing to log in with; Azure then needs a key anyway.
            guard vm.disablePasswordAuthentication != true, vm.adminPassword != nil else { continue }
            let state = vm.disablePasswordAuthentication == false ? "false" : "not set (Azure's default is false)"
            findings.append(
                finding(
                    "\(vm.name) is a Linux VM with an admin password and disablePasswordAuthentication \(state): SSH "
                        + "accepts password logins, which can be brute-forced. Give it an SSH public key and set "
                        + "disablePasswordAuthentication to true.",
                    resources: [vm.name], field: "disablePasswordAuthentication"))
        }
    }
}
