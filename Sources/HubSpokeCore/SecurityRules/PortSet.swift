/// The ports one side of a rule matches: the union of its port values, kept as sorted, disjoint,
/// non-adjacent ranges so that "does this rule's port list cover that one's" is one linear walk
/// (`22, 23-25` covers `22-24`, although no single value does).
public struct PortSet: Hashable, Sendable, CustomStringConvertible {
    /// Sorted, disjoint, non-adjacent.
    public let ranges: [PortRange]

    public static let all = PortSet([.all])
    public static let empty = PortSet([])

    public init(_ ranges: [PortRange]) {
        if ranges.count <= 1 {
            self.ranges = ranges
            return
        }
        var merged: [PortRange] = []
        for range in ranges.sorted() {
            if let last = merged.last, range.lower <= last.upper + 1 {
                merged[merged.count - 1] = PortRange(lower: last.lower, upper: max(last.upper, range.upper))!
            } else {
                merged.append(range)
            }
        }
        self.ranges = merged
    }

    /// Parses a rule's port values (singular and plural together); nil if any fails to parse.
    /// No values at all means every port, as Azure treats an omitted port range.
    public init?(parsing values: [String]) {
        if values.isEmpty {
            self = .all
            return
        }
        if values.count == 1 {
            guard let range = PortRange(values[0]) else { return nil }
            self = range.isAll ? .all : PortSet([range])
            return
        }
        var parsed: [PortRange] = []
        parsed.reserveCapacity(values.count)
        for value in values {
            guard let range = PortRange(value) else { return nil }
            parsed.append(range)
        }
        self.init(parsed)
    }

    /// Parses a rule's singular and plural port fields together without building a combined list
    /// (nil if any value fails to parse; neither field set means every port).
    public init?(singular: String?, plural: [String]?) {
        if let plural, !plural.isEmpty {
            self.init(parsing: singular.map { [$0] + plural } ?? plural)
        } else if let singular {
            self.init(parsing: [singular])
        } else {
            self = .all
        }
    }

    public var isAll: Bool { ranges.count == 1 && ranges[0].isAll }
    public var isEmpty: Bool { ranges.isEmpty }

    public func contains(_ port: Int) -> Bool {
        ranges.contains { $0.contains(port) }
    }

    /// True when every port of `other` is in this set.
    public func isSuperset(of other: PortSet) -> Bool {
        if isAll { return true }
        var i = 0
        for range in other.ranges {
            while i < ranges.count, ranges[i].upper < range.lower { i += 1 }
            guard i < ranges.count, ranges[i].contains(range) else { return false }
        }
        return true
    }

    public var description: String { ranges.map(\.description).joined(separator: ", ") }
}
