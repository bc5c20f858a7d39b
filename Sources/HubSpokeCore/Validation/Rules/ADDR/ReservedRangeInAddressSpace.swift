/// Azure refuses multicast, broadcast, loopback and link-local space and the platform address
/// 168.63.129.16 in a VNet address space: those addresses have a fixed meaning on every host.
struct ReservedRangeInAddressSpace: Rule {
    static let id = "ADDR-004"
    static let severity: Severity = .error
    static let title = "VNet address space overlaps a range Azure reserves"
    static let help =
        "A VNet address space may not overlap 224.0.0.0/4 (multicast), 255.255.255.255/32 (broadcast), "
        + "127.0.0.0/8 (loopback), 169.254.0.0/16 (link-local) or 168.63.129.16/32 (the Azure platform DNS and "
        + "health probe address). Azure refuses such a prefix."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq#what-address-ranges-can-i-use-in-my-virtual-networks"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        var suggestion: FreeRangeSuggestion?
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            for prefix in context.index.vnetPrefixes[v] where prefix.family == .v4 {
                let hits = ReservedRanges.forbiddenInVirtualNetworks.filter { $0.prefix.overlaps(prefix) }
                guard !hits.isEmpty else { continue }
                if suggestion == nil { suggestion = FreeRangeSuggestion(context) }
                let listed = hits.map { "\($0.prefix) (\($0.meaning))" }.joined(separator: ", ")
                let fix =
                    suggestion?.freeRange(like: prefix).map { "Use private space such as \($0) instead." }
                    ?? "Use private space (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) instead."
                findings.append(
                    finding(
                        "\(vnet.name) address prefix \(prefix) overlaps \(listed): Azure refuses this range in a "
                            + "virtual network. \(fix)",
                        resources: [vnet.name], field: "addressPrefixes"))
            }
        }
    }
}
