/// The "move it to a free range such as ..." part of an address finding: the lowest private
/// block of the same size that no VNet and no on-premises site in the design uses.
struct FreeRangeSuggestion {
    private let occupied: [AddressPrefix]

    init(_ context: ValidationContext) {
        var all = context.index.vnetPrefixes.flatMap { $0 }
        for site in context.design.localNetworkGateways {
            all.append(contentsOf: site.addressPrefixes.compactMap { AddressPrefix($0) })
        }
        occupied = all
    }

    /// A free block as large as `prefix`, preferring the private range `prefix` already sits in.
    func freeRange(like prefix: AddressPrefix) -> AddressPrefix? {
        guard prefix.family == .v4 else { return nil }
        let home = ReservedRanges.rfc1918.filter { $0.contains(prefix) }
        let spaces = home + ReservedRanges.rfc1918.filter { !$0.contains(prefix) }
        return AddressPlanner.nextFree(length: prefix.length, inside: spaces, avoiding: occupied)
    }

    /// A sentence telling how to fix it: `Move vnet-x to a free range such as 10.4.0.0/16.`
    func advice(move vnet: String, like prefix: AddressPrefix) -> String {
        if let free = freeRange(like: prefix) {
            return "Move \(vnet) to a free range such as \(free)."
        }
        return "Move \(vnet) to a range no other network in the design uses."
    }
}
