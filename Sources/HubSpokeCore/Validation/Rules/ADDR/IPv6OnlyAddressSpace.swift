/// Azure VNets are IPv4-only or dual stack: IPv6 is added next to an IPv4 space, and a VNet
/// with only IPv6 prefixes cannot host the IPv4 configuration every NIC needs as its primary.
struct IPv6OnlyAddressSpace: Rule {
    static let id = "ADDR-011"
    static let severity: Severity = .warning
    static let title = "VNet has IPv6 prefixes but no IPv4 prefix"
    static let help =
        "A VNet with IPv6 prefixes must also have an IPv4 prefix (dual stack): a NIC's primary IP configuration "
        + "is IPv4, so an IPv6-only VNet cannot host NICs. Prefer unique local space (fc00::/7) for private IPv6."
    static let source = "https://learn.microsoft.com/azure/virtual-network/ip-services/ipv6-overview"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            let prefixes = context.index.vnetPrefixes[v]
            // A prefix that did not parse might be the IPv4 one: ADDR-001/002 speak first.
            guard prefixes.count == vnet.addressPrefixes.count, !prefixes.isEmpty,
                prefixes.allSatisfy({ $0.family == .v6 })
            else { continue }
            let listed = prefixes.map(\.description).joined(separator: ", ")
            let free = FreeRangeSuggestion(context).freeRange(
                like: AddressPrefix(containing: IPAddress(v4: 0x0A00_0000), length: 16))
            findings.append(
                finding(
                    "\(vnet.name) has only IPv6 prefixes (\(listed)): VNets are IPv4-only or dual stack, and a NIC's "
                        + "primary configuration needs IPv4. Add an IPv4 prefix"
                        + (free.map { " such as \($0)" } ?? "") + " next to the IPv6 one.",
                    resources: [vnet.name], field: "addressPrefixes"))
        }
    }
}
