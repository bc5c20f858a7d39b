/// A set of IPv4 and IPv6 addresses as sorted, disjoint, non-adjacent closed intervals, so that
/// the unions NSG rules are made of (`10.0.0.0/9` + `10.128.0.0/9`, a service tag's prefixes)
/// can be compared exactly: `isSuperset` answers "does this side of a rule cover that one".
///
/// Callers build tag contents with it (e.g. `Internet` = everything minus `VirtualNetwork` minus
/// private ranges) and hand them over in a `ServiceTagResolver`.
public struct AddressSet: Hashable, Sendable, CustomStringConvertible {
    /// A closed interval of one family.
    public struct Interval: Hashable, Sendable, Comparable {
        public var family: IPAddress.Family
        public var lower: UInt128
        public var upper: UInt128

        public init(family: IPAddress.Family, lower: UInt128, upper: UInt128) {
            self.family = family
            self.lower = lower
            self.upper = upper
        }

        public static func < (a: Interval, b: Interval) -> Bool {
            (a.family, a.lower, a.upper) < (b.family, b.lower, b.upper)
        }
    }

    /// Sorted by family then address; disjoint and non-adjacent.
    public let intervals: [Interval]

    public static let empty = AddressSet(intervals: [])
    /// Every IPv4 and IPv6 address.
    public static let all = AddressSet(intervals: [
        Interval(family: .v4, lower: 0, upper: UInt128(UInt32.max)), Interval(family: .v6, lower: 0, upper: .max),
    ])

    public init(intervals: [Interval]) {
        if intervals.count == 1, intervals[0].lower <= intervals[0].upper {
            self.intervals = intervals
            return
        }
        var merged: [Interval] = []
        for interval in intervals.sorted() where interval.lower <= interval.upper {
            if let last = merged.last, last.family == interval.family,
                last.upper == .max || interval.lower <= last.upper + 1
            {
                merged[merged.count - 1].upper = max(last.upper, interval.upper)
            } else {
                merged.append(interval)
            }
        }
        self.intervals = merged
    }

    public init(_ prefixes: [AddressPrefix]) {
        self.init(intervals: prefixes.map { Interval(family: $0.family, lower: $0.first, upper: $0.last) })
    }

    public init(_ prefix: AddressPrefix) { self.init([prefix]) }

    public var isEmpty: Bool { intervals.isEmpty }

    public func contains(_ address: IPAddress) -> Bool {
        interval(containing: address.family, address.value).map { address.value <= $0.upper } ?? false
    }

    /// True when the whole block is in the set (no allocation: one binary search).
    public func contains(_ prefix: AddressPrefix) -> Bool {
        interval(containing: prefix.family, prefix.first).map { prefix.last <= $0.upper } ?? false
    }

    /// The interval of `family` that starts at or before `value` and ends at or after it.
    private func interval(containing family: IPAddress.Family, _ value: UInt128) -> Interval? {
        // Binary search: the last interval starting at or before the value.
        var low = 0
        var high = intervals.count
        let key = Interval(family: family, lower: value, upper: .max)
        while low < high {
            let mid = (low + high) / 2
            if intervals[mid] <= key { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        let candidate = intervals[low - 1]
        guard candidate.family == family, candidate.lower <= value, value <= candidate.upper else { return nil }
        return candidate
    }

    /// True when every address of `other` is in this set.
    public func isSuperset(of other: AddressSet) -> Bool {
        var i = 0
        for interval in other.intervals {
            while i < intervals.count,
                intervals[i].family < interval.family
                    || (intervals[i].family == interval.family && intervals[i].upper < interval.lower)
            {
                i += 1
            }
            guard i < intervals.count else { return false }
            let candidate = intervals[i]
            guard candidate.family == interval.family, candidate.lower <= interval.lower,
                interval.upper <= candidate.upper
            else { return false }
        }
        return true
    }

    public func overlaps(_ other: AddressSet) -> Bool {
        var i = 0
        var j = 0
        while i < intervals.count, j < other.intervals.count {
            let a = intervals[i]
            let b = other.intervals[j]
            if a.family != b.family {
                if a.family < b.family { i += 1 } else { j += 1 }
                continue
            }
            if a.upper < b.lower {
                i += 1
            } else if b.upper < a.lower {
                j += 1
            } else {
                return true
            }
        }
        return false
    }

    public func union(_ other: AddressSet) -> AddressSet {
        if other.isEmpty { return self }
        if isEmpty { return other }
        return AddressSet(intervals: intervals + other.intervals)
    }

    /// The addresses of this set that are not in `other`.
    public func subtracting(_ other: AddressSet) -> AddressSet {
        if other.isEmpty || isEmpty { return self }
        var result: [Interval] = []
        for interval in intervals {
            var pieces = [interval]
            for cut in other.intervals where cut.family == interval.family {
                var next: [Interval] = []
                for piece in pieces {
                    if cut.upper < piece.lower || piece.upper < cut.lower {
                        next.append(piece)
                        continue
                    }
                    if cut.lower > piece.lower {
                        next.append(Interval(family: piece.family, lower: piece.lower, upper: cut.lower - 1))
                    }
                    if cut.upper < piece.upper {
                        next.append(Interval(family: piece.family, lower: cut.upper + 1, upper: piece.upper))
                    }
                }
                pieces = next
                if pieces.isEmpty { break }
            }
            result.append(contentsOf: pieces)
        }
        return AddressSet(intervals: result)
    }

    public var description: String {
        intervals.map { interval in
            let low = IPAddress(family: interval.family, value: interval.lower)
            let high = IPAddress(family: interval.family, value: interval.upper)
            return interval.lower == interval.upper ? "\(low)" : "\(low)-\(high)"
        }.joined(separator: ", ")
    }

    /// The address ranges the Internet tag does not cover even outside any VNet: RFC 1918,
    /// shared address space (100.64.0.0/10), loopback, link-local and IPv6 unique-local.
    public static let privateRanges = AddressSet(
        [
            "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
            "fc00::/7", "fe80::/10", "::1/128",
        ].compactMap { AddressPrefix($0) })
}
