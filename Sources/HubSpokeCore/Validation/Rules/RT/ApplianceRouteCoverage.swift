/// The IPv4 space a route table sends to an appliance (`VirtualAppliance` with a valid address)
/// or a gateway, as merged intervals. When a table holds 0.0.0.0/0 towards an appliance, Azure
/// drops the private-range `None` system routes, so that one route covers every private
/// destination that no more specific system route claims (reachability semantics 1a).
struct ApplianceRouteCoverage {
    private var intervals: [ClosedRange<UInt128>] = []

    static let none = ApplianceRouteCoverage()

    /// Stands in for a table whose contents are not known: assumed to cover everything, so
    /// nothing is reported on a guess.
    static let everything: ApplianceRouteCoverage = {
        var all = ApplianceRouteCoverage()
        all.intervals = [0...UInt128(UInt32.max)]
        return all
    }()

    private init() {}

    /// `include` lets a rule leave out routes it must not rely on (values not known offline).
    init(_ table: RouteTable, include: (Route) -> Bool = { _ in true }) {
        var prefixes: [AddressPrefix] = []
        for route in table.routes where include(route) {
            guard let prefix = route.parsedAddressPrefix, prefix.family == .v4 else { continue }
            if route.sendsToAppliance {
                guard let hop = route.nextHopIpAddress, IPAddress(hop) != nil else { continue }
                prefixes.append(prefix)
            } else if route.sendsToGateway {
                prefixes.append(prefix)
            }
        }
        intervals = AddressPlanner.mergedIntervals(prefixes)
    }

    var isEmpty: Bool { intervals.isEmpty }

    /// True when the reader could not know some value of the table or its routes: what the
    /// table covers is then not known either, and rules relying on it skip it.
    static func hasUnknowns(_ table: RouteTable, _ context: ValidationContext) -> Bool {
        guard !context.unknowns.isEmpty else { return false }
        if context.unknowns.hasUnknowns(resource: table.name) { return true }
        return table.routes.contains {
            context.unknowns.hasUnknowns(resource: ResourcePath.child(table.name, .routes, $0.name))
        }
    }

    /// True when 0.0.0.0/0 (the whole IPv4 space) goes to an appliance or gateway.
    var coversEverything: Bool {
        intervals.count == 1 && intervals[0].lowerBound == 0 && intervals[0].upperBound == UInt128(UInt32.max)
    }

    /// True when every address of `prefix` is sent to an appliance or gateway.
    func covers(_ prefix: AddressPrefix) -> Bool {
        guard prefix.family == .v4, let i = lastInterval(startingAtOrBefore: prefix.first) else { return false }
        return intervals[i].upperBound >= prefix.last
    }

    /// True when some address of `prefix` is sent to an appliance or gateway.
    func overlaps(_ prefix: AddressPrefix) -> Bool {
        guard prefix.family == .v4 else { return false }
        if let i = lastInterval(startingAtOrBefore: prefix.first), intervals[i].upperBound >= prefix.first {
            return true
        }
        let next = (lastInterval(startingAtOrBefore: prefix.first) ?? -1) + 1
        return next < intervals.count && intervals[next].lowerBound <= prefix.last
    }

    private func lastInterval(startingAtOrBefore value: UInt128) -> Int? {
        var low = 0
        var high = intervals.count
        while low < high {
            let mid = (low + high) / 2
            if intervals[mid].lowerBound <= value { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }
}
