/// An inbound Allow from the whole Internet for every protocol and port removes all filtering:
/// Azure deploys it, but it is never what a design means, so it is an error (contracts.md).
struct InternetAnyAnyAllowed: Rule {
    static let id = "SEC-003"
    static let severity: Severity = .error
    static let title = "Inbound Allow from the Internet for any protocol and any port"
    static let help =
        "An inbound Allow rule with source '*', Internet, Any or 0.0.0.0/0, protocol '*' and destination port '*' "
        + "exposes every service of the workload to the Internet."
    static let source = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let analysis = InternetExposure(context)
        for exposure in analysis.exposures where analysis.isAnyAny(exposure) {
            findings.append(
                finding(
                    "\(exposure.path) allows every protocol and port from '\(exposure.source)' "
                        + "(\(analysis.attachment(of: exposure))): the workload is fully exposed to the Internet, "
                        + "including RDP, SSH and databases. Allow only the protocols and ports the service needs, "
                        + "from the sources that need them.",
                    resources: [exposure.path], field: exposure.field))
        }
    }
}
