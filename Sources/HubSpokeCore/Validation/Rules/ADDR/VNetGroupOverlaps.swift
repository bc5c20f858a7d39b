/// Overlapping address spaces among a group of VNets (the peers of one hub, the VNets behind
/// one set of appliances), found with one sweep instead of comparing every pair of VNets.
struct VNetGroupOverlaps {
    /// Two VNets of the group whose spaces overlap, with every overlapping pair of prefixes.
    struct Overlap {
        /// `first < second` (design indices).
        var first: Int
        var second: Int
        var prefixes: [(AddressPrefix, AddressPrefix)]
    }

    /// Overlaps between different VNets of `members`, in sweep order (deterministic), one entry
    /// per VNet pair.
    static func find(_ members: [Int], _ index: DesignIndex) -> [Overlap] {
        var items: [OverlapSweep.Item<Int>] = []
        for v in members {
            for prefix in index.vnetPrefixes[v] { items.append(OverlapSweep.Item(prefix: prefix, owner: v)) }
        }
        var result: [Overlap] = []
        var slot: [Int: Int] = [:]
        let count = index.design.virtualNetworks.count
        for (x, y) in OverlapSweep.overlappingPairs(items, include: { $0.owner != $1.owner }) {
            let (lo, hi) = x.owner < y.owner ? (x, y) : (y, x)
            let key = lo.owner * count + hi.owner
            if let at = slot[key] {
                result[at].prefixes.append((lo.prefix, hi.prefix))
            } else {
                slot[key] = result.count
                result.append(Overlap(first: lo.owner, second: hi.owner, prefixes: [(lo.prefix, hi.prefix)]))
            }
        }
        return result
    }

    /// `vnet-b (10.1.0.0/20) overlaps vnet-a (10.1.0.0/16)`: each side with its overlapping
    /// prefixes, the VNet to move first.
    static func phrase(
        moved: String, kept: String, pairs: [(moved: AddressPrefix, kept: AddressPrefix)]
    ) -> String {
        func unique(_ list: [AddressPrefix]) -> String {
            var seen = Set<AddressPrefix>()
            return list.filter { seen.insert($0).inserted }.map(\.description).joined(separator: ", ")
        }
        return "\(moved) (\(unique(pairs.map(\.moved)))) overlaps \(kept) (\(unique(pairs.map(\.kept))))"
    }
}
