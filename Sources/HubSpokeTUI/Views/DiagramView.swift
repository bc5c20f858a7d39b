import HubSpokeCore

/// The diagram view: the hub in the middle, spokes above and below, joined by box-drawing
/// edges. Each edge carries the flags of both halves (spoke half next to the spoke, hub half
/// next to the hub; `A` access, `F` forwarded, `G` gateway transit, `R` use remote gateways)
/// and is drawn in the colour of the worst finding on either half.
public enum DiagramView {
    static let boxWidth = 20
    static let boxHeight = 4

    public static func render(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        Screen.frame(&grid, rect, title: "Diagram (v: tree)", focused: state.focus == .topology)
        let inner = rect.inset(by: 1)
        let design = state.design
        guard !design.virtualNetworks.isEmpty else {
            grid.put("Empty design. :add vnet NAME PREFIX", x: inner.x + 1, y: inner.y, role: .muted)
            return
        }
        let roles = TopologyRoles(design)
        let hub =
            roles.hubs.max {
                (design.virtualNetworks[$0].virtualNetworkPeerings.count, -$0)
                    < (design.virtualNetworks[$1].virtualNetworkPeerings.count, -$1)
            } ?? 0
        let hubName = design.virtualNetworks[hub].name
        var peered: [Int] = []
        var others: [Int] = []
        for i in design.virtualNetworks.indices where i != hub {
            let vnet = design.virtualNetworks[i]
            let linked =
                vnet.virtualNetworkPeerings.contains { $0.remoteVirtualNetwork.equalsIgnoringCase(hubName) }
                || design.virtualNetworks[hub].virtualNetworkPeerings.contains {
                    $0.remoteVirtualNetwork.equalsIgnoringCase(vnet.name)
                }
            if linked { peered.append(i) } else { others.append(i) }
        }
        let spokes = peered + others
        let slots = max(1, (inner.width - 1) / (boxWidth + 2))
        let twoRows = inner.height >= 2 * boxHeight + boxHeight + 6 + 1
        let capacity = twoRows ? slots * 2 : slots
        let shown = Array(spokes.prefix(capacity))
        let topCount = twoRows ? (shown.count + 1) / 2 : shown.count
        let topRow = Array(shown.prefix(topCount))
        let bottomRow = Array(shown.dropFirst(topCount))

        grid.clipped(to: inner) { grid in
            let hubY = inner.y + boxHeight + 3
            let hubX = inner.x + (inner.width - boxWidth) / 2
            let hubCenter = hubX + boxWidth / 2
            drawBox(design.virtualNetworks[hub], index: hub, isHub: true, x: hubX, y: hubY, state: state, grid: &grid)
            drawRow(
                topRow, above: true, rowY: inner.y, busY: hubY - 1, hub: hub, hubCenter: hubCenter, inner: inner,
                state: state, grid: &grid)
            if !bottomRow.isEmpty {
                drawRow(
                    bottomRow, above: false, rowY: hubY + boxHeight + 3, busY: hubY + boxHeight, hub: hub,
                    hubCenter: hubCenter, inner: inner, state: state, grid: &grid)
            }
            var footer = "A access  F forwarded  G gateway transit  R use remote gateways"
            if spokes.count > shown.count {
                footer = "+\(spokes.count - shown.count) more VNets (tree view: v)   " + footer
            }
            grid.put(footer, x: inner.x + 1, y: inner.maxY - 1, role: .muted, maxWidth: inner.width - 1)
        }
    }

    static func drawRow(
        _ row: [Int], above: Bool, rowY: Int, busY: Int, hub: Int, hubCenter: Int, inner: Rect, state: AppState,
        grid: inout CellGrid
    ) {
        guard !row.isEmpty else { return }
        let design = state.design
        let totalWidth = row.count * (boxWidth + 2) - 2
        var x = inner.x + max(0, (inner.width - totalWidth) / 2)
        var centers: [Int] = []
        var edgeRoles: [Int: ColorRole] = [:]
        let roles = TopologyRoles(design)
        for index in row {
            let vnet = design.virtualNetworks[index]
            drawBox(vnet, index: index, isHub: roles.isHub(index), x: x, y: rowY, state: state, grid: &grid)
            let center = x + boxWidth / 2
            let spokeHalf = vnet.virtualNetworkPeerings.first {
                $0.remoteVirtualNetwork.equalsIgnoringCase(design.virtualNetworks[hub].name)
            }
            let hubHalf = design.virtualNetworks[hub].virtualNetworkPeerings.first {
                $0.remoteVirtualNetwork.equalsIgnoringCase(vnet.name)
            }
            if spokeHalf != nil || hubHalf != nil {
                centers.append(center)
                var worst: Severity?
                for (owner, half) in [(vnet.name, spokeHalf), (design.virtualNetworks[hub].name, hubHalf)] {
                    guard let half else { continue }
                    let path = ResourcePath.child(owner, .virtualNetworkPeerings, half.name)
                    if let severity = state.findingIndex.worst(for: path), severity > (worst ?? .info) || worst == nil {
                        worst = severity
                    }
                }
                let role = worst.map(FindingGlyph.role) ?? .edge
                edgeRoles[center] = role
                let spokeEnd = above ? rowY + boxHeight : rowY - 1
                let hubEnd = above ? busY - 1 : busY + 1
                let top = min(spokeEnd, hubEnd)
                grid.verticalLine(x: center, y: top, length: abs(hubEnd - spokeEnd) + 1, role: role)
                let spokeLabel = spokeHalf.map(PeeringFlags.letters) ?? "none"
                let hubLabel = hubHalf.map(PeeringFlags.letters) ?? "none"
                grid.put(spokeLabel, x: center + 1, y: spokeEnd, role: role)
                grid.put(hubLabel, x: center + 1, y: hubEnd, role: role)
                if let worst {
                    grid.put(String(FindingGlyph.glyph(worst)), x: center - 1, y: spokeEnd, role: role)
                }
            }
            x += boxWidth + 2
        }
        guard !centers.isEmpty else { return }
        let left = min(centers.min()!, hubCenter)
        let right = max(centers.max()!, hubCenter)
        for column in left...right {
            var arms: Set<Character> = []
            if column > left { arms.insert("l") }
            if column < right { arms.insert("r") }
            if centers.contains(column) { arms.insert(above ? "u" : "d") }
            if column == hubCenter { arms.insert(above ? "d" : "u") }
            let role = edgeRoles[column] ?? .edge
            grid[column, busY] = Cell(junction(arms), role: role)
        }
        grid[hubCenter, above ? busY + 1 : busY - 1] = Cell(above ? "┴" : "┬", role: .border)
    }

    static func junction(_ arms: Set<Character>) -> Character {
        let key = String(["u", "d", "l", "r"].filter { arms.contains($0) })
        switch key {
        case "ud": return "│"
        case "lr", "l", "r": return "─"
        case "u", "d": return "│"
        case "ur": return "└"
        case "ul": return "┘"
        case "dr": return "┌"
        case "dl": return "┐"
        case "ulr": return "┴"
        case "dlr": return "┬"
        case "udr": return "├"
        case "udl": return "┤"
        default: return "┼"
        }
    }

    static func drawBox(
        _ vnet: VirtualNetwork, index: Int, isHub: Bool, x: Int, y: Int, state: AppState, grid: inout CellGrid
    ) {
        let rect = Rect(x: x, y: y, width: boxWidth, height: boxHeight)
        let selected =
            state.selectedPath.flatMap { ResourcePath(parsing: $0)?.name.equalsIgnoringCase(vnet.name) } ?? false
        let severity = state.findingIndex.worst(for: vnet.name)
        grid.box(rect, role: severity.map(FindingGlyph.role) ?? (isHub ? .hub : .border))
        let glyph = severity.map { String(FindingGlyph.glyph($0)) + " " } ?? ""
        grid.put(
            glyph + vnet.name, x: x + 1, y: y + 1, role: selected ? .selection : (isHub ? .hub : .spoke),
            maxWidth: boxWidth - 2)
        grid.put(
            (isHub ? "hub " : "") + vnet.addressPrefixes.joined(separator: ","), x: x + 1, y: y + 2, role: .prefix,
            maxWidth: boxWidth - 2)
    }
}
