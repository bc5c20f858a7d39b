/// One address space may not list overlapping ranges: Azure rejects the VNet, since each
/// address must belong to exactly one prefix of it.
struct OverlappingPrefixesInVNet: Rule {
    static let id = "ADDR-007"
    static let severity: Severity = .error
    static let title = "Address prefixes of one VNet overlap"
    static let help =
        "The prefixes in one virtual network's address space must not overlap each other (a prefix listed twice "
        + "counts). Azure rejects the address space otherwise."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            let prefixes = context.index.vnetPrefixes[v]
            guard prefixes.count > 1 else { continue }
            let items = prefixes.enumerated().map { OverlapSweep.Item(prefix: $0.element, owner: $0.offset) }
            for (a, b) in OverlapSweep.overlappingPairs(items) {
                let outer = a.prefix.contains(b.prefix) ? a.prefix : b.prefix
                let inner = outer == a.prefix ? b.prefix : a.prefix
                let detail: String
                if outer == inner {
                    detail =
                        "\(vnet.name) lists \(outer) twice: Azure rejects an address space with overlapping "
                        + "ranges. Remove the duplicate."
                } else if outer.contains(inner) {
                    detail =
                        "\(vnet.name) address prefixes \(outer) and \(inner) overlap (\(inner) lies inside "
                        + "\(outer)): Azure rejects an address space with overlapping ranges. Remove \(inner)."
                } else {
                    detail =
                        "\(vnet.name) address prefixes \(a.prefix) and \(b.prefix) overlap: Azure rejects an "
                        + "address space with overlapping ranges. Shrink or merge them so each address is in one "
                        + "prefix."
                }
                findings.append(finding(detail, resources: [vnet.name], field: "addressPrefixes"))
            }
        }
    }
}
