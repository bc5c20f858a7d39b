/// Finds free address space: the TUI's "next free /24 in the hub's space" and the fix a
/// finding suggests for an overlap.
public enum AddressPlanner {
    /// The lowest aligned prefix of `length` bits inside one of `spaces` (tried in order) that
    /// overlaps none of `occupied`. Runs in O((n + s) log n) for n occupied prefixes and s spaces
    /// by merging the occupied blocks once and jumping over them.
    public static func nextFree(length: Int, inside spaces: [AddressPrefix], avoiding occupied: [AddressPrefix])
        -> AddressPrefix?
    {
        for space in spaces where length >= space.length && length <= space.family.bitWidth {
            let blocks = mergedIntervals(occupied.filter { $0.family == space.family && $0.overlaps(space) })
            let size = AddressPrefix(containing: space.network, length: length).addressCount
            var candidate = space.first
            var index = 0
            while candidate <= space.last {
                let candidateLast = candidate &+ (size &- 1)
                if candidateLast < candidate || candidateLast > space.last { break }
                while index < blocks.count, blocks[index].last < candidate { index += 1 }
                if index < blocks.count, blocks[index].first <= candidateLast {
                    // Jump past the blocking interval, aligned up to the next multiple of `size`.
                    let after = blocks[index].last &+ 1
                    if after == 0 { break }
                    let remainder = (after &- space.first) % size
                    let next = remainder == 0 ? after : after &+ (size &- remainder)
                    if next <= candidate { break }
                    candidate = next
                    continue
                }
                return AddressPrefix(containing: IPAddress(family: space.family, value: candidate), length: length)
            }
        }
        return nil
    }

    /// The next free private IPv4 prefix of `length` bits for a new virtual network: one that
    /// overlaps none of `occupied` (the address spaces already in the design, the on-premises
    /// ranges). The RFC 1918 range that already holds most of `occupied` is tried first, so a
    /// new spoke lands next to the hub (10.4.0.0/16 after 10.0-10.3) rather than in 172.16/12;
    /// the other private ranges follow in RFC order.
    public static func nextFreePrivateSpace(length: Int, avoiding occupied: [AddressPrefix]) -> AddressPrefix? {
        let ranked = ReservedRanges.rfc1918.enumerated().sorted { a, b in
            let countA = occupied.filter { $0.overlaps(a.element) }.count
            let countB = occupied.filter { $0.overlaps(b.element) }.count
            return countA != countB ? countA > countB : a.offset < b.offset
        }
        return nextFree(length: length, inside: ranked.map(\.element), avoiding: occupied)
    }

    /// Sorted, disjoint closed intervals covering the same addresses as `prefixes`.
    public static func mergedIntervals(_ prefixes: [AddressPrefix]) -> [ClosedRange<UInt128>] {
        let sorted = prefixes.sorted { $0.first < $1.first }
        var out: [ClosedRange<UInt128>] = []
        for p in sorted {
            if let lastRange = out.last, p.first <= lastRange.upperBound &+ 1, lastRange.upperBound != UInt128.max {
                out[out.count - 1] = lastRange.lowerBound...max(lastRange.upperBound, p.last)
            } else if let lastRange = out.last, lastRange.upperBound == UInt128.max {
                continue
            } else {
                out.append(p.first...p.last)
            }
        }
        return out
    }
}

extension ClosedRange where Bound == UInt128 {
    var first: UInt128 { lowerBound }
    var last: UInt128 { upperBound }
}
