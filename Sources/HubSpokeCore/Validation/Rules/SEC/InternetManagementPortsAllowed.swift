/// Database and management ports are a common attack surface: SQL Server 1433, MySQL 3306,
/// PostgreSQL 5432, WinRM 5985/5986, SMB 445 and Telnet 23. The list is a policy choice
/// (unverified in the catalog); an inbound Allow for them from the whole Internet is reported.
struct InternetManagementPortsAllowed: Rule {
    static let id = "SEC-005"
    static let severity: Severity = .warning
    static let title = "Database or management ports are open to the Internet"
    static let help =
        "An inbound Allow rule admits TCP 1433, 3306, 5432, 5985, 5986, 445 or 23 from '*', Internet, Any or "
        + "0.0.0.0/0. Reach databases over private endpoints or a VPN and manage hosts through Bastion instead."
    static let source = "https://learn.microsoft.com/azure/security/fundamentals/network-best-practices"

    static let ports: [(port: Int, service: String)] = [
        (23, "Telnet"), (445, "SMB"), (1433, "SQL Server"), (3306, "MySQL"), (5432, "PostgreSQL"),
        (5985, "WinRM"), (5986, "WinRM over HTTPS"),
    ]

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let analysis = InternetExposure(context)
        let candidates = InternetManagementPortsAllowed.ports.map(\.port)
        for exposure in analysis.exposures where !analysis.isAnyAny(exposure) {
            let open = analysis.exposedTCPPorts(exposure, among: candidates)
            guard !open.isEmpty else { continue }
            let named = open.map { port in
                "\(port) (\(InternetManagementPortsAllowed.ports.first { $0.port == port }!.service))"
            }
            findings.append(
                finding(
                    "\(exposure.path) allows TCP \(named.joined(separator: ", ")) from '\(exposure.source)' "
                        + "(\(analysis.attachment(of: exposure))): these services are common attack targets. Reach "
                        + "them over private endpoints, a VPN or Bastion, or limit the source to known addresses.",
                    resources: [exposure.path], field: exposure.field))
        }
    }
}
