/// Finds overlapping pairs among many prefixes without comparing every pair: sort by start,
/// sweep, and compare each prefix only with the still-open ones before it. With the nesting
/// real address plans have, this is O(n log n + k) for k overlaps.
public enum OverlapSweep {
    /// A prefix tagged with whatever the caller needs to name it in a finding.
    public struct Item<Owner: Sendable>: Sendable {
        public var prefix: AddressPrefix
        public var owner: Owner

        public init(prefix: AddressPrefix, owner: Owner) {
            self.prefix = prefix
            self.owner = owner
        }
    }

    /// Every pair (i, j) with i before j in sweep order whose prefixes overlap and for which
    /// `include` holds (e.g. "different VNets"). Pairs come in a deterministic order.
    public static func overlappingPairs<Owner>(
        _ items: [Item<Owner>], include: (Item<Owner>, Item<Owner>) -> Bool = { _, _ in true }
    ) -> [(Item<Owner>, Item<Owner>)] {
        let order = items.indices.sorted {
            let a = items[$0].prefix
            let b = items[$1].prefix
            return (a.family, a.first, b.last, $0) < (b.family, b.first, a.last, $1)
        }
        var result: [(Item<Owner>, Item<Owner>)] = []
        var open: [Int] = []
        for index in order {
            let p = items[index].prefix
            open.removeAll { items[$0].prefix.family != p.family || items[$0].prefix.last < p.first }
            for earlier in open where include(items[earlier], items[index]) {
                result.append((items[earlier], items[index]))
            }
            open.append(index)
        }
        return result
    }
}
