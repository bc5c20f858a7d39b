/// Azure refuses a peering between address spaces that overlap (and refuses adding an
/// overlapping range to a VNet that is already peered), because routes to the shared range
/// would be ambiguous. Checked once for every pair of design VNets joined by a peering half.
struct PeeredAddressSpacesOverlap: Rule {
    static let id = "ADDR-008"
    static let severity: Severity = .error
    static let title = "Peered virtual networks have overlapping address spaces"
    static let help =
        "Two VNets can only be peered when no prefix of one overlaps a prefix of the other. Peering creation "
        + "fails otherwise, and adding an overlapping range to an already-peered VNet fails too."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering#requirements-and-constraints"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let graph = PeeringGraph(index)
        var suggestion: FreeRangeSuggestion?
        for a in graph.neighbors.indices {
            for b in graph.neighbors[a] where b > a {
                let pairs = overlaps(index.vnetPrefixes[a], index.vnetPrefixes[b])
                guard let first = pairs.first else { continue }
                // Suggest moving the VNet with fewer peerings: the spoke rather than the hub.
                let moveB = graph.neighbors[b].count <= graph.neighbors[a].count
                let (moved, kept) = moveB ? (b, a) : (a, b)
                let movedPrefix = moveB ? first.1 : first.0
                let vnets = index.design.virtualNetworks
                let overlap = VNetGroupOverlaps.phrase(
                    moved: vnets[moved].name, kept: vnets[kept].name,
                    pairs: pairs.map { moveB ? ($0.1, $0.0) : ($0.0, $0.1) })
                let peerings = PeeringGraph.peeringPaths(index, a, b)
                let peeringNames = peerings.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
                if suggestion == nil { suggestion = FreeRangeSuggestion(context) }
                findings.append(
                    finding(
                        "\(overlap): Azure rejects the peering \(peeringNames.joined(separator: " / ")) between "
                            + "overlapping address spaces. "
                            + suggestion!.advice(move: vnets[moved].name, like: movedPrefix),
                        resources: [vnets[moved].name, vnets[kept].name] + peerings, field: "addressPrefixes"))
            }
        }
    }

    /// Every overlapping (prefix of a, prefix of b) pair; address spaces hold a handful of prefixes.
    private func overlaps(_ a: [AddressPrefix], _ b: [AddressPrefix]) -> [(AddressPrefix, AddressPrefix)] {
        var out: [(AddressPrefix, AddressPrefix)] = []
        for x in a {
            for y in b where x.overlaps(y) { out.append((x, y)) }
        }
        return out
    }
}
