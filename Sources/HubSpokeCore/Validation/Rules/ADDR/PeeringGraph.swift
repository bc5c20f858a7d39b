/// Which design VNets are peered with which, ignoring direction: Azure checks address-space
/// overlaps against every VNet a network is peered with, whichever side created the peering.
/// Only VNets the design defines take part; `existing` and external remotes are PEER-022's.
struct PeeringGraph {
    /// Neighbours of each VNet (index-aligned with `design.virtualNetworks`), ascending, no self.
    let neighbors: [[Int]]
    private let neighborSets: [Set<Int>]

    init(_ index: DesignIndex) {
        let count = index.design.virtualNetworks.count
        var sets = [Set<Int>](repeating: [], count: count)
        for (local, remotes) in index.peeringRemotes.enumerated() {
            for remote in remotes {
                guard let r = remote.designIndex, r != local else { continue }
                sets[local].insert(r)
                sets[r].insert(local)
            }
        }
        neighborSets = sets
        neighbors = sets.map { $0.sorted() }
    }

    func arePeered(_ a: Int, _ b: Int) -> Bool { neighborSets[a].contains(b) }

    /// A VNet both are peered with, if any (the lowest index, for a stable message).
    func commonNeighbor(_ a: Int, _ b: Int) -> Int? {
        let (small, large) = neighborSets[a].count <= neighborSets[b].count ? (a, b) : (b, a)
        return neighbors[small].first { neighborSets[large].contains($0) }
    }

    /// The peering paths joining `a` and `b`: a's half first, then b's, whichever exist.
    static func peeringPaths(_ index: DesignIndex, _ a: Int, _ b: Int) -> [String] {
        var paths: [String] = []
        if let p = index.peering(from: a, to: b) { paths.append(index.peeringPath(vnet: a, peering: p)) }
        if let p = index.peering(from: b, to: a) { paths.append(index.peeringPath(vnet: b, peering: p)) }
        return paths
    }
}
