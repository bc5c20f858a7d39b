/// An inbound Allow for TCP 22 from the whole Internet deploys, but exposes SSH to brute force
/// and exploits; Bastion or just-in-time access keep it closed (checkov CKV_AZURE_10). Port
/// ranges and `*` that include 22 count, and tags compare without regard to case.
struct InternetSSHAllowed: Rule {
    static let id = "SEC-002"
    static let severity: Severity = .warning
    static let title = "SSH (22) is open to the Internet"
    static let help =
        "An inbound Allow rule admits TCP 22 from '*', Internet, Any or 0.0.0.0/0. SSH is then reachable from "
        + "anywhere; use Azure Bastion or just-in-time VM access, or restrict the source."
    static let source = "https://learn.microsoft.com/azure/security/fundamentals/network-best-practices"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let analysis = InternetExposure(context)
        for exposure in analysis.exposures where !analysis.isAnyAny(exposure) {
            guard !analysis.exposedTCPPorts(exposure, among: [22]).isEmpty else { continue }
            findings.append(
                finding(
                    "\(exposure.path) allows TCP 22 (SSH) from '\(exposure.source)' (\(analysis.attachment(of: exposure))): "
                        + "SSH is reachable from the whole Internet. Use Azure Bastion or just-in-time access, or "
                        + "limit the source to known addresses.",
                    resources: [exposure.path], field: exposure.field))
        }
    }
}
