import HubSpokeCore
import HubSpokeDiagram

/// The diagram view: hubs in the middle, spokes above and below, joined by box-drawing
/// edges, placed by ``DiagramLayout`` (the same placement `hubspoke diagram` draws as SVG).
/// Each edge carries the flags of both halves (spoke half next to the spoke, hub half next to the hub; `A` access, `F` forwarded, `G` gateway transit, `R` use remote gateways)
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
        let stride = boxWidth + 2
        let slots = max(1, (inner.width - 1) / stride)
        let twoRows = inner.height >= 2 * boxHeight + boxHeight + 6 + 1
        let layout = DiagramLayout(design: design, roles: roles, slotsPerRow: slots, twoRows: twoRows)
        let contentWidth = layout.width * stride - 2
        let left = inner.x + max(0, (inner.width - contentWidth) / 2)

        grid.clipped(to: inner) { grid in
            let hubY = inner.y + boxHeight + 3
            var slot = 0
            var previousHub: (index: Int, x: Int)?
            for group in layout.groups {
                let groupX = left + slot * stride
                let span = group.width * stride - 2
                let hubX = groupX + (span - boxWidth) / 2
                let hubCenter = hubX + boxWidth / 2
                drawBox(
                    design.virtualNetworks[group.hub], index: group.hub, isHub: true, x: hubX, y: hubY, state: state,
                    grid: &grid)
                if let previousHub {
                    drawHubLink(
                        from: previousHub, to: (group.hub, hubX), y: hubY + 1, state: state, grid: &grid)
                }
                previousHub = (group.hub, hubX)
                drawRow(
                    group.above, above: true, rowY: inner.y, busY: hubY - 1, hub: group.hub, hubCenter: hubCenter,
                    rowX: groupX + (span - (group.above.count * stride - 2)) / 2, roles: roles, state: state,
                    grid: &grid)
                if !group.below.isEmpty {
                    drawRow(
                        group.below, above: false, rowY: hubY + boxHeight + 3, busY: hubY + boxHeight, hub: group.hub,
                        hubCenter: hubCenter, rowX: groupX + (span - (group.below.count * stride - 2)) / 2,
                        roles: roles, state: state, grid: &grid)
                }
                slot += group.width
            }
            var footer = "A access  F forwarded  G gateway transit  R use remote gateways"
            if layout.hiddenCount > 0 {
                footer = "+\(layout.hiddenCount) more VNets (tree view: v)   " + footer
            }
            grid.put(footer, x: inner.x + 1, y: inner.maxY - 1, role: .muted, maxWidth: inner.width - 1)
        }
    }

    /// A peering between hubs of neighbouring groups: a line between their boxes, with both
    /// halves' flags above it when the gap is wide enough (the tree view lists the rest).
    static func drawHubLink(
        from left: (index: Int, x: Int), to right: (index: Int, x: Int), y: Int, state: AppState,
        grid: inout CellGrid
    ) {
        let design = state.design
        let leftVNet = design.virtualNetworks[left.index]
        let rightVNet = design.virtualNetworks[right.index]
        let leftHalf = leftVNet.virtualNetworkPeerings.first {
            $0.remoteVirtualNetwork.equalsIgnoringCase(rightVNet.name)
        }
        let rightHalf = rightVNet.virtualNetworkPeerings.first {
            $0.remoteVirtualNetwork.equalsIgnoringCase(leftVNet.name)
        }
        guard leftHalf != nil || rightHalf != nil else { return }
        let worst = [
            leftHalf.flatMap {
                state.findingIndex.worst(for: ResourcePath.child(leftVNet.name, .virtualNetworkPeerings, $0.name))
            },
            rightHalf.flatMap {
                state.findingIndex.worst(for: ResourcePath.child(rightVNet.name, .virtualNetworkPeerings, $0.name))
            },
        ].compactMap { $0 }.max()
        let role = worst.map(FindingGlyph.role) ?? .edge
        let start = left.x + boxWidth
        let length = right.x - start
        guard length > 0 else { return }
        for column in start..<right.x { grid[column, y] = Cell("─", role: role) }
        let label =
            (leftHalf.map(PeeringFlags.letters) ?? "none") + " " + (rightHalf.map(PeeringFlags.letters) ?? "none")
        if length >= label.count + 2 { grid.put(label, x: start + (length - label.count) / 2, y: y + 1, role: role) }
    }

    static func drawRow(
        _ row: [Int], above: Bool, rowY: Int, busY: Int, hub: Int, hubCenter: Int, rowX: Int, roles: TopologyRoles,
        state: AppState, grid: inout CellGrid
    ) {
        guard !row.isEmpty else { return }
        let design = state.design
        var x = rowX
        var centers: [Int] = []
        var edgeRoles: [Int: ColorRole] = [:]
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
