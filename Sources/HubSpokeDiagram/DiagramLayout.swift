import HubSpokeCore

/// Where each VNet goes in a hub-and-spoke picture, in abstract slots: hubs side by side in
/// the middle band, each hub's spokes in a row above and a row below it. The terminal view
/// turns slots into cells and the SVG writer into pixels, so both draw the same picture.
///
/// A spoke belongs to the first hub (in design order) it is peered with, either half.
/// VNets peered with no hub join the last group, after its spokes, with no edge. A design
/// with no hub at all puts its first VNet in the middle as a stand-in (``Group/isHub`` false).
/// Complexity: one pass over VNets and peerings, with names looked up in a dictionary; the
/// terminal computes it every frame.
public struct DiagramLayout: Hashable, Sendable {
    /// One hub and the spokes drawn around it.
    public struct Group: Hashable, Sendable {
        /// Index (in `design.virtualNetworks`) of the VNet in the middle band.
        public var hub: Int
        /// False when the design has no hub and this VNet only stands in the middle.
        public var isHub: Bool
        /// VNets in the row above the hub, left to right.
        public var above: [Int]
        /// VNets in the row below the hub, left to right.
        public var below: [Int]

        /// Slots the group takes in each row: the longer row, at least one for the hub.
        public var width: Int { max(1, above.count, below.count) }
    }

    /// Groups from left to right.
    public private(set) var groups: [Group] = []
    /// VNets left out because the rows were full (the terminal shows "+N more").
    public private(set) var hiddenCount = 0

    /// - Parameters:
    ///   - slotsPerRow: how many boxes fit side by side; nil for no limit (files).
    ///   - twoRows: whether spokes may go below the hubs as well as above.
    public init(design: Design, roles: TopologyRoles? = nil, slotsPerRow: Int? = nil, twoRows: Bool = true) {
        let vnets = design.virtualNetworks
        guard !vnets.isEmpty else { return }
        let roles = roles ?? TopologyRoles(design)
        var indexByName: [String: Int] = [:]
        for (i, vnet) in vnets.enumerated() where indexByName[vnet.name.asciiLowercased] == nil {
            indexByName[vnet.name.asciiLowercased] = i
        }
        let hubs = roles.hubs.isEmpty ? [0] : roles.hubs.sorted()
        var groupOfHub: [Int: Int] = [:]
        for (g, hub) in hubs.enumerated() { groupOfHub[hub] = g }
        // The first group (in hub order) each non-hub VNet is peered with, either half.
        var groupOf = [Int](repeating: Int.max, count: vnets.count)
        for (i, vnet) in vnets.enumerated() {
            for peering in vnet.virtualNetworkPeerings {
                guard let remote = indexByName[peering.remoteVirtualNetwork.asciiLowercased], remote != i else {
                    continue
                }
                if let g = groupOfHub[remote], groupOfHub[i] == nil { groupOf[i] = min(groupOf[i], g) }
                if let g = groupOfHub[i], groupOfHub[remote] == nil { groupOf[remote] = min(groupOf[remote], g) }
            }
        }
        var members = [[Int]](repeating: [], count: hubs.count)
        var unpeered: [Int] = []
        for i in vnets.indices where groupOfHub[i] == nil {
            if groupOf[i] != Int.max { members[groupOf[i]].append(i) } else { unpeered.append(i) }
        }
        members[members.count - 1] += unpeered
        var remaining = slotsPerRow ?? Int.max
        for (g, hub) in hubs.enumerated() {
            guard remaining > 0 else {
                hiddenCount += 1 + members[g].count
                continue
            }
            let capacity = twoRows && remaining <= Int.max / 2 ? remaining * 2 : remaining
            let shown = Array(members[g].prefix(capacity))
            hiddenCount += members[g].count - shown.count
            let aboveCount = twoRows ? (shown.count + 1) / 2 : shown.count
            let group = Group(
                hub: hub, isHub: !roles.hubs.isEmpty, above: Array(shown.prefix(aboveCount)),
                below: Array(shown.dropFirst(aboveCount)))
            groups.append(group)
            remaining -= group.width
        }
    }

    /// Total slots the groups take side by side.
    public var width: Int { groups.reduce(0) { $0 + $1.width } }
    /// Whether any group has a row below its hub.
    public var hasRowBelow: Bool { groups.contains { !$0.below.isEmpty } }
    /// Every VNet placed, hubs first in group order, then each group's spokes.
    public var placed: [Int] { groups.map(\.hub) + groups.flatMap { $0.above + $0.below } }
}
