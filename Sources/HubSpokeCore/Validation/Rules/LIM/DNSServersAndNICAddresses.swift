/// A VNet accepts at most 20 custom DNS servers, and a NIC at most 256 private IP addresses
/// (one per IP configuration).
struct DNSServersAndNICAddresses: Rule {
    static let id = "LIM-009"
    static let severity: Severity = .error
    static let title = "More than 20 DNS servers on a VNet, or 256 IP configurations on a NIC"
    static let help =
        "A virtual network can list at most 20 DNS servers, and a network interface can have at most 256 private "
        + "IP addresses. Azure rejects more."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#networking-limits"
    static let dnsServersPerNetwork = 20
    static let addressesPerInterface = 256

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for vnet in context.design.virtualNetworks where vnet.dnsServers.count > Self.dnsServersPerNetwork {
            findings.append(
                finding(
                    "\(vnet.name) lists \(vnet.dnsServers.count) DNS servers, over Azure's limit of 20 per virtual "
                        + "network: the deployment fails. Point the VNet at a few resolvers (e.g. a DNS Private "
                        + "Resolver or the hub firewall's DNS proxy) that forward to the rest.",
                    resources: [vnet.name], field: "dnsServers"))
        }
        for nic in context.design.networkInterfaces where nic.ipConfigurations.count > Self.addressesPerInterface {
            findings.append(
                finding(
                    "\(nic.name) has \(nic.ipConfigurations.count) IP configurations, over Azure's limit of 256 "
                        + "private IP addresses per network interface: the deployment fails. Spread the addresses "
                        + "over more NICs.",
                    resources: [nic.name], field: "ipConfigurations"))
        }
    }
}
