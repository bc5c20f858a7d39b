/// An inbound Allow for TCP 3389 from the whole Internet deploys, but exposes Remote Desktop to
/// password spraying and exploits. Microsoft recommends reaching VMs through Azure Bastion or
/// just-in-time access instead (checkov CKV_AZURE_9).
struct InternetRDPAllowed: Rule {
    static let id = "SEC-001"
    static let severity: Severity = .warning
    static let title = "RDP (3389) is open to the Internet"
    static let help =
        "An inbound Allow rule admits TCP 3389 from '*', Internet, Any or 0.0.0.0/0. Remote Desktop is then "
        + "reachable from anywhere; use Azure Bastion or just-in-time VM access, or restrict the source."
    static let source = "https://learn.microsoft.com/azure/security/fundamentals/network-best-practices"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let analysis = InternetExposure(context)
        for exposure in analysis.exposures where !analysis.isAnyAny(exposure) {
            guard !analysis.exposedTCPPorts(exposure, among: [3389]).isEmpty else { continue }
            findings.append(
                finding(
                    "\(exposure.path) allows TCP 3389 (RDP) from '\(exposure.source)' (\(analysis.attachment(of: exposure))): "
                        + "Remote Desktop is reachable from the whole Internet. Use Azure Bastion or just-in-time "
                        + "access, or limit the source to known addresses.",
                    resources: [exposure.path], field: exposure.field))
        }
    }
}
