/// Where an IPv4 VNet prefix sits in the Internet's address plan, for ADDR-005 and ADDR-006:
/// private space is what Azure recommends, special-purpose blocks (RFC 6890: documentation,
/// benchmarking, "this network", class E) are not private but reach nobody on the Internet,
/// and everything else is publicly routable.
enum IPv4SpaceKind {
    /// IANA special-purpose blocks that are neither private nor forwarded on the Internet, and
    /// that ADDR-004 does not already refuse.
    static let specialPurpose: [(prefix: AddressPrefix, meaning: String)] = [
        (AddressPrefix("0.0.0.0/8")!, "\"this network\", RFC 791"),
        (AddressPrefix("192.0.0.0/24")!, "IETF protocol assignments, RFC 6890"),
        (AddressPrefix("192.0.2.0/24")!, "documentation TEST-NET-1, RFC 5737"),
        (AddressPrefix("198.18.0.0/15")!, "benchmarking, RFC 2544"),
        (AddressPrefix("198.51.100.0/24")!, "documentation TEST-NET-2, RFC 5737"),
        (AddressPrefix("203.0.113.0/24")!, "documentation TEST-NET-3, RFC 5737"),
        (AddressPrefix("240.0.0.0/4")!, "reserved class E, RFC 1112"),
    ]

    /// Private, special-purpose and refused space, merged and sorted once.
    private static let notPublic: [ClosedRange<UInt128>] = AddressPlanner.mergedIntervals(
        ReservedRanges.systemNoneRoutes + specialPurpose.map(\.prefix)
            + ReservedRanges.forbiddenInVirtualNetworks.map(\.prefix))

    /// True when ADDR-004 refuses the prefix; the other space rules stay silent on it.
    static func isRefused(_ prefix: AddressPrefix) -> Bool {
        ReservedRanges.forbiddenInVirtualNetworks.contains { $0.prefix.overlaps(prefix) }
    }

    /// The first run of publicly routable addresses inside `prefix`, or nil when all of it is
    /// private, special-purpose or refused space.
    static func firstPublicRun(in prefix: AddressPrefix) -> ClosedRange<UInt128>? {
        var cursor = prefix.first
        for block in notPublic where block.upperBound >= prefix.first {
            if block.lowerBound > prefix.last { break }
            if block.lowerBound > cursor {
                return cursor...min(block.lowerBound - 1, prefix.last)
            }
            if block.upperBound >= prefix.last { return nil }
            cursor = max(cursor, block.upperBound + 1)
        }
        return cursor <= prefix.last ? cursor...prefix.last : nil
    }
}
