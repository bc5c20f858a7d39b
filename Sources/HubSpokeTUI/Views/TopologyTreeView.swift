import HubSpokeCore

/// The topology tree pane: one row per resource with its worst-finding glyph, indentation,
/// name and prefix or summary. Only the visible rows are drawn.
public enum TopologyTreeView {
    public static func render(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        let focused = state.focus == .topology
        var title = "Topology"
        if !state.topologyFilter.isEmpty { title += " /\(state.topologyFilter)" }
        Screen.frame(&grid, rect, title: title, focused: focused)
        let inner = rect.inset(by: 1)
        let rows = state.outline.rows
        if rows.isEmpty {
            grid.put(
                state.topologyFilter.isEmpty ? "Empty design. Press a or :add vnet NAME PREFIX" : "No match",
                x: inner.x + 1, y: inner.y, role: .muted, maxWidth: inner.width - 1)
            return
        }
        let selected = state.selectedRow
        grid.clipped(to: inner) { grid in
            for line in 0..<inner.height {
                let index = state.topologyScroll + line
                guard index < rows.count else { break }
                let row = state.outline.describe(row: index, in: state.design)
                let y = inner.y + line
                drawRow(
                    row, depth: rows[index].depth, index: index, selected: selected == index, focused: focused,
                    state: state, grid: &grid, x: inner.x, y: y, width: inner.width)
            }
        }
        if rows.count > inner.height {
            let indicator = "\(min(rows.count, state.topologyScroll + inner.height))/\(rows.count)"
            grid.put(indicator, x: rect.maxX - indicator.count - 2, y: rect.maxY - 1, role: .muted)
        }
    }

    static func drawRow(
        _ row: TopologyOutline.Description, depth: Int, index: Int, selected: Bool, focused: Bool, state: AppState,
        grid: inout CellGrid,
        x: Int, y: Int, width: Int
    ) {
        if row.kind == .heading {
            grid.put(row.label, x: x + 1, y: y, role: .header, maxWidth: width - 1)
            return
        }
        let severity = row.path.flatMap { state.findingIndex.worst(for: $0) }
        grid.put(String(FindingGlyph.glyph(severity)), x: x, y: y, role: FindingGlyph.role(severity))
        var column = x + 1 + depth * 2
        let icon = icon(row.kind)
        column += grid.put(icon + " ", x: column, y: y, role: .muted, maxWidth: x + width - column)
        let nameRole: ColorRole =
            switch row.kind {
            case .hub: .hub
            case .spoke: .spoke
            default: .normal
            }
        column += grid.put(row.label, x: column, y: y, role: nameRole, maxWidth: x + width - column)
        column += 2
        if column < x + width {
            grid.put(row.detail, x: column, y: y, role: .prefix, maxWidth: x + width - column)
        }
        if selected {
            grid.paint(
                Rect(x: x + 1, y: y, width: width - 1, height: 1), role: focused ? .selection : .selectionInactive)
        }
    }

    static func icon(_ kind: TopologyOutline.Kind) -> String {
        switch kind {
        case .hub: "◆"
        case .spoke: "◇"
        case .subnet: "▭"
        case .peering: "⇄"
        case .gateway: "◎"
        case .firewall: "▣"
        case .bastion: "⌂"
        case .virtualMachine: "▪"
        case .securityGroup: "▤"
        case .routeTable: "↳"
        case .heading: ""
        }
    }
}
