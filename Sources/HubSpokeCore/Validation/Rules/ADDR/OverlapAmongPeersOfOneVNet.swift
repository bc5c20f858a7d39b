/// ARM checks a new peering against every VNet the local VNet is already peered with: a hub
/// cannot be peered with two spokes whose spaces overlap, even though the spokes are not peered
/// with each other (`VnetAddressSpaceOverlapsWithAlreadyPeeredVnet`). Pairs that are peered
/// directly are ADDR-008's and are not repeated here.
struct OverlapAmongPeersOfOneVNet: Rule {
    static let id = "ADDR-013"
    static let severity: Severity = .error
    static let title = "VNet is peered with two VNets whose address spaces overlap"
    static let help =
        "A VNet cannot be peered with two VNets whose address spaces overlap each other. ARM rejects the second "
        + "peering with VnetAddressSpaceOverlapsWithAlreadyPeeredVnet, even though the two are not peered with "
        + "each other."
    static let source = "https://github.com/Azure/ResourceModules/issues/731"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let graph = PeeringGraph(index)
        let vnets = index.design.virtualNetworks
        var suggestion: FreeRangeSuggestion?
        for hub in graph.neighbors.indices where graph.neighbors[hub].count > 1 {
            for overlap in VNetGroupOverlaps.find(graph.neighbors[hub], index)
            where !graph.arePeered(overlap.first, overlap.second) {
                // The later VNet in the design is the one to move.
                let moved = overlap.second
                let kept = overlap.first
                let phrase = VNetGroupOverlaps.phrase(
                    moved: vnets[moved].name, kept: vnets[kept].name, pairs: overlap.prefixes.map { ($0.1, $0.0) })
                let peerings =
                    PeeringGraph.peeringPaths(index, hub, moved) + PeeringGraph.peeringPaths(index, hub, kept)
                if suggestion == nil { suggestion = FreeRangeSuggestion(context) }
                findings.append(
                    finding(
                        "\(phrase), and both are peered with \(vnets[hub].name): Azure rejects whichever of the two peerings "
                            + "with \(vnets[hub].name) is created second (VnetAddressSpaceOverlapsWithAlreadyPeeredVnet), "
                            + "although the two are not peered with each other. "
                            + suggestion!.advice(move: vnets[moved].name, like: overlap.prefixes[0].1),
                        resources: [vnets[moved].name, vnets[kept].name] + peerings,
                        field: "addressPrefixes"))
            }
        }
    }
}
