/// VM names are checked against the operating system's host name rules, because Azure uses the
/// name as the computer name unless told otherwise: Windows allows 15 characters (the NetBIOS
/// limit) and no period; Linux allows 64 and no trailing period. Neither allows spaces, control
/// characters or `~ ! @ # $ % ^ & * ( ) = + _ [ ] { } \ | ; : ' " , < > / ?`, nor a trailing
/// hyphen. (The Learn table also lists `.` among the forbidden characters, then says Linux names
/// only may not end with one; the Linux clause is the one that can be meant.)
struct VirtualMachineName: Rule {
    static let id = "REF-005"
    static let severity: Severity = .error
    static let title = "Invalid or repeated virtual machine name"
    static let help =
        "A VM name has 1 to 15 characters on Windows (its host name) or 1 to 64 on Linux, with no spaces, control "
        + "characters or ~ ! @ # $ % ^ & * ( ) = + _ [ ] { } \\ | ; : ' \" , < > / ?. Windows names have no "
        + "period and no trailing hyphen; Linux names end with neither a period nor a hyphen. Names are unique "
        + "within a resource group."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftcompute"

    static let forbidden = Set("~!@#$%^&*()=+_[]{}\\|;:'\",<>/?".unicodeScalars)

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let vms = context.design.virtualMachines
        for vm in vms {
            // With the OS unknown, only what holds for both is checked.
            let osKnown = !context.isUnknown(vm.name, "osType")
            let windows = osKnown && vm.isWindows
            guard let problem = Self.problem(vm.name, windows: windows) else { continue }
            let os = !osKnown ? "VM" : windows ? "Windows VM" : "Linux VM"
            findings.append(
                finding(
                    "\(os) name '\(vm.name)' \(problem): Azure rejects it. Use letters, digits and inner hyphens"
                        + (windows ? ", at most 15 characters." : " or periods, at most 64 characters."),
                    resources: [vm.name], field: "name"))
        }
        for i in NetworkResourceName.repeats(vms.map { ($0.name, $0.placement.resourceGroup ?? "") }) {
            findings.append(
                finding(
                    "Virtual machine \(vms[i].name) is defined twice \(NetworkResourceName.groupPhrase(vms[i].placement)): "
                        + "a template may not define the same resource twice, so the deployment fails. Rename one.",
                    resources: [vms[i].name], field: "name"))
        }
    }

    static func problem(_ name: String, windows: Bool) -> String? {
        let limit = windows ? 15 : 64
        let count = name.count
        if count < 1 || count > limit {
            return
                "is \(count) characters long; \(windows ? "Windows allows 1 to 15 (the computer name)" : "Linux allows 1 to 64")"
        }
        let bad = name.unicodeScalars.filter {
            $0 == " " || $0.value < 0x20 || $0.value == 0x7F || forbidden.contains($0) || (windows && $0 == ".")
        }
        if !bad.isEmpty {
            let shown = NetworkResourceName.uniqueInOrder(bad.map(NetworkResourceName.describe))
            return "contains \(shown.joined(separator: ", ")), which Azure does not allow in a VM name"
        }
        if name.hasSuffix("-") { return "ends with '-'" }
        if !windows && name.hasSuffix(".") { return "ends with '.'" }
        return nil
    }
}
