/// Azure recommends private space (RFC 1918, or RFC 6598 shared space) for VNets. It accepts
/// other ranges; publicly routable ones are ADDR-006's warning, so this info covers what is
/// left: special-purpose blocks (documentation, benchmarking, class E) that are not private,
/// which tools, peers and on-premises networks may not expect inside a VNet.
struct NonPrivateAddressSpace: Rule {
    static let id = "ADDR-005"
    static let severity: Severity = .info
    static let title = "VNet uses special-purpose rather than private address space"
    static let help =
        "Azure recommends the RFC 1918 ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16); the RFC 6598 range "
        + "100.64.0.0/10 is also usable. Other ranges are accepted. This note points out special-purpose blocks "
        + "(documentation, benchmarking, class E) used as VNet space; publicly routable space is ADDR-006."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq#what-address-ranges-can-i-use-in-my-virtual-networks"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            for prefix in context.index.vnetPrefixes[v] where prefix.family == .v4 {
                guard !IPv4SpaceKind.isRefused(prefix), IPv4SpaceKind.firstPublicRun(in: prefix) == nil else {
                    continue
                }
                let special = IPv4SpaceKind.specialPurpose.filter { $0.prefix.overlaps(prefix) }
                guard !special.isEmpty else { continue }
                let listed = special.map { "\($0.prefix) (\($0.meaning))" }.joined(separator: ", ")
                findings.append(
                    finding(
                        "\(vnet.name) address prefix \(prefix) lies in \(listed), which is not private space: Azure "
                            + "accepts it, but it is reserved for other uses. Prefer 10.0.0.0/8, 172.16.0.0/12, "
                            + "192.168.0.0/16 or 100.64.0.0/10.",
                        resources: [vnet.name], field: "addressPrefixes"))
            }
        }
    }
}
