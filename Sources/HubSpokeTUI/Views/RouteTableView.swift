import HubSpokeCore

/// The route table editor in the inspector: the gateway route propagation flag, the routes
/// as a table (name, prefix, next hop type, next hop IP, and the rule IDs of the findings on
/// each route, so "appliance without IP" or "asymmetric spoke routing" sits on the line that
/// causes it), and the subnets that use the table. Row 0 is the flag, then one row per route;
/// the column cursor picks the field Enter edits.
public enum RouteTableView {
    static let headings = ["name", "prefix", "next hop type", "next hop IP"]

    static func render(_ state: AppState, table t: Int, into grid: inout CellGrid, inner: Rect, focused: Bool) -> Int {
        let design = state.design
        let table = design.routeTables[t]
        let normal = state.mode == .normal
        var y = inner.y + InspectorView.firstFieldRow
        let label = "disableBgpRoutePropagation"
        grid.put(label, x: inner.x + 1, y: y, role: .muted)
        let flagX = inner.x + 1 + label.count + 2
        let on = table.disableBgpRoutePropagation
        let used = grid.put(on ? "[x] true" : "[ ] false", x: flagX, y: y, role: on ? .flagOn : .flagOff)
        let meaning = on ? "  gateway routes not propagated" : "  gateway routes propagated"
        if flagX + used + meaning.count <= inner.maxX { grid.put(meaning, x: flagX + used, y: y, role: .muted) }
        if focused, normal, state.inspectorSelection == 0 {
            grid.paint(Rect(x: inner.x + 1, y: y, width: inner.width - 1, height: 1), role: .selection)
        }
        y += 2
        grid.put("Routes  a add · Enter edit · h/l field · d delete", x: inner.x + 1, y: y, role: .header)
        y += 1

        let widths = columnWidths(t, state: state, innerWidth: inner.width)
        var x = inner.x + 3
        for (heading, width) in zip(headings, widths) {
            grid.put(heading, x: x, y: y, role: .muted, maxWidth: width - 1)
            x += width
        }
        grid.put("findings", x: x, y: y, role: .muted, maxWidth: inner.maxX - x)
        y += 1
        if table.routes.isEmpty {
            grid.put(
                "no routes: a adds one (:add route \(table.name) NAME PREFIX NEXTHOPTYPE [IP])", x: inner.x + 3, y: y,
                role: .muted, maxWidth: inner.width - 3)
            y += 1
        }
        let selectedRoute = state.inspectorSelection - 1
        var editError: String?
        for r in visibleRoutes(table, selected: selectedRoute, innerHeight: inner.height) {
            guard y < inner.maxY else { break }
            let route = table.routes[r]
            let path = ResourceLocation.route(t, r).path(in: design)
            let severity = state.findingIndex.worst(for: path)
            grid.put(String(FindingGlyph.glyph(severity)), x: inner.x + 1, y: y, role: FindingGlyph.role(severity))
            let values = [route.name, route.addressPrefix, route.nextHopType, route.nextHopIpAddress ?? "—"]
            x = inner.x + 3
            for (column, (value, width)) in zip(values, widths).enumerated() {
                let field = column - 1
                if case .editField(let editPath, let editField, let input) = state.mode, editPath == path,
                    field >= 0, editField == Reducer.routeEditorFields[field]
                {
                    let cell = Rect(x: x, y: y, width: max(width - 1, inner.maxX - x), height: 1)
                    grid.fill(cell, with: Cell(" ", role: .input))
                    grid.put(input.text, x: x, y: y, role: .input, maxWidth: cell.width)
                    editError = input.error
                    break
                }
                let muted = value == "—"
                grid.put(value, x: x, y: y, role: muted ? .muted : .normal, maxWidth: width - 1)
                if focused, normal, r == selectedRoute, field == state.inspectorColumn {
                    grid.paint(Rect(x: x, y: y, width: width - 1, height: 1), role: .selection)
                }
                x += width
            }
            if !(state.mode.isEditing(path)) {
                let rules = ruleIDs(for: path, in: state)
                grid.put(rules, x: x, y: y, role: FindingGlyph.role(severity), maxWidth: inner.maxX - x)
            }
            y += 1
        }
        if let editError, y < inner.maxY {
            grid.put("✖ " + editError, x: inner.x + 3, y: y, role: .inputError, maxWidth: inner.width - 3)
            y += 1
        }

        y += 1
        guard y < inner.maxY else { return y }
        grid.put("Associated subnets", x: inner.x + 1, y: y, role: .header)
        y += 1
        let subnets = RouteEditing.associatedSubnets(of: t, in: design)
        if subnets.isEmpty, y < inner.maxY {
            grid.put(
                "none: :set VNET/subnets/NAME routeTable \(table.name)", x: inner.x + 3, y: y, role: .muted,
                maxWidth: inner.width - 3)
            y += 1
        }
        for subnet in subnets {
            guard y < inner.maxY else { break }
            grid.put(subnet, x: inner.x + 3, y: y, role: .normal, maxWidth: inner.width - 3)
            y += 1
        }
        return y
    }

    /// Content row (from the inspector's top) of the first route line.
    static let firstRouteRow = InspectorView.firstFieldRow + 4

    /// The routes on screen: as many as fit above the associations and findings, scrolled so
    /// the selected one is visible.
    static func visibleRoutes(_ table: RouteTable, selected: Int, innerHeight: Int) -> Range<Int> {
        let room = max(1, innerHeight - firstRouteRow - 4)
        let first = max(0, min(selected - room + 1, table.routes.count - room))
        return first..<min(table.routes.count, first + room)
    }

    /// The editor row and field column under a click at `contentRow` (from the inspector's top)
    /// and `contentX` (from its left edge): row 0 is the flag, 1... the routes.
    static func hit(
        _ state: AppState, table t: Int, contentRow: Int, contentX: Int, innerWidth: Int, innerHeight: Int
    ) -> (
        row: Int, column: Int
    )? {
        let table = state.design.routeTables[t]
        if contentRow == InspectorView.firstFieldRow { return (0, 0) }
        let routes = visibleRoutes(table, selected: state.inspectorSelection - 1, innerHeight: innerHeight)
        let r = routes.lowerBound + contentRow - firstRouteRow
        guard contentRow >= firstRouteRow, routes.contains(r) else { return nil }
        var x = 3
        for (column, width) in columnWidths(t, state: state, innerWidth: innerWidth).enumerated() {
            if contentX < x + width { return (r + 1, max(0, column - 1)) }
            x += width
        }
        return (r + 1, Reducer.routeEditorFields.count - 1)
    }

    /// Paths of the table's routes, so the inspector's findings list includes theirs.
    static func routePaths(of t: Int, in design: Design) -> [String] {
        design.routeTables[t].routes.indices.map { ResourceLocation.route(t, $0).path(in: design) }
    }

    /// Unsuppressed rule IDs of the findings on a route, in validator order, without repeats.
    static func ruleIDs(for path: String, in state: AppState) -> String {
        var seen = Set<String>()
        return state.findingIndex.positions(for: path).compactMap { position -> String? in
            guard position < state.findings.count else { return nil }
            let finding = state.findings[position]
            guard !finding.isSuppressed, seen.insert(finding.rule).inserted else { return nil }
            return finding.rule
        }.joined(separator: " ")
    }

    /// Column widths (with one space of gap) sized to the content, within limits. When routes
    /// have findings and the pane is narrow, the name column gives up room so the rule IDs show.
    static func columnWidths(_ t: Int, state: AppState, innerWidth: Int) -> [Int] {
        let table = state.design.routeTables[t]
        func width(_ values: [String], _ heading: String, _ low: Int, _ high: Int) -> Int {
            min(high, max(low, heading.count, values.map(\.terminalWidth).max() ?? 0)) + 1
        }
        var widths = [
            width(table.routes.map(\.name), "name", 6, 24),
            width(table.routes.map(\.addressPrefix), "prefix", 9, 20),
            width(table.routes.map(\.nextHopType), "next hop type", 13, 21),
            width(table.routes.map { $0.nextHopIpAddress ?? "—" }, "next hop IP", 11, 39),
        ]
        let hasFindings = routePaths(of: t, in: state.design).contains {
            !state.findingIndex.positions(for: $0).isEmpty
        }
        let overflow = 3 + widths.reduce(0, +) + (hasFindings ? findingsColumnWidth : 0) - innerWidth
        if overflow > 0 { widths[0] = max(9, widths[0] - overflow) }
        return widths
    }

    /// Room kept for the rule IDs of a route's findings (two IDs).
    static let findingsColumnWidth = 14
}

extension Mode {
    /// True while a field of the resource at `path` is being edited in place.
    func isEditing(_ path: String) -> Bool {
        if case .editField(let editPath, _, _) = self { return editPath == path }
        return false
    }
}
