import HubSpokeCore

/// The inspector pane: the selected resource's fields, editable in place, and the findings on
/// it. A peering shows the peering editor instead (both halves side by side).
public enum InspectorView {
    /// Content row (inside the frame) of the first field; the mouse maps clicks with it.
    public static let firstFieldRow = 2

    public static func render(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        let focused = state.focus == .inspector
        Screen.frame(&grid, rect, title: "Inspector", focused: focused)
        let inner = rect.inset(by: 1)
        guard let path = state.selectedPath, let location = ResourceLocation(path, in: state.design) else {
            grid.put("Nothing selected", x: inner.x + 1, y: inner.y, role: .muted)
            return
        }
        grid.clipped(to: inner) { grid in
            let severity = state.findingIndex.worst(for: path)
            grid.put(String(FindingGlyph.glyph(severity)), x: inner.x, y: inner.y, role: FindingGlyph.role(severity))
            let kind = location.kindName
            let used = grid.put(kind + " ", x: inner.x + 2, y: inner.y, role: .muted)
            grid.put(path, x: inner.x + 2 + used, y: inner.y, role: .header, maxWidth: inner.width - used - 2)
            var y: Int
            if case .peering(let v, let p) = location {
                y = PeeringEditorView.render(state, vnet: v, peering: p, into: &grid, inner: inner, focused: focused)
            } else {
                y = renderFields(state, location: location, path: path, into: &grid, inner: inner, focused: focused)
            }
            y = renderChildren(state, location: location, into: &grid, inner: inner, y: y)
            y += 1
            renderFindings(state, paths: relatedPaths(location, state.design), into: &grid, inner: inner, y: y)
        }
    }

    /// The rules of an NSG (by priority) or the routes of a route table, one line each;
    /// `:goto NSG/rules/NAME` opens one for editing.
    static func renderChildren(
        _ state: AppState, location: ResourceLocation, into grid: inout CellGrid, inner: Rect, y start: Int
    )
        -> Int
    {
        var lines: [String] = []
        var title = ""
        switch location {
        case .networkSecurityGroup(let n):
            let nsg = state.design.networkSecurityGroups[n]
            title = "Rules (:goto \(nsg.name)/rules/NAME to edit)"
            lines = nsg.securityRules.sorted { $0.priority < $1.priority }.prefix(inner.height).map { rule in
                "\(rule.priority) \(rule.direction) \(rule.access) \(rule.protocol) "
                    + "\(rule.sources.joined(separator: ",")) → \(rule.destinations.joined(separator: ",")):"
                    + "\(rule.destinationPorts.joined(separator: ","))  \(rule.name)"
            }
        case .routeTable(let t):
            let table = state.design.routeTables[t]
            title = "Routes (:goto \(table.name)/routes/NAME to edit)"
            lines = table.routes.prefix(inner.height).map { route in
                "\(route.addressPrefix) → \(route.nextHopType)" + (route.nextHopIpAddress.map { " \($0)" } ?? "")
                    + "  \(route.name)"
            }
        default:
            return start
        }
        var y = start + 1
        guard y < inner.maxY else { return y }
        grid.put(title, x: inner.x + 1, y: y, role: .header, maxWidth: inner.width - 1)
        y += 1
        for line in lines {
            guard y < inner.maxY else { break }
            grid.put(line, x: inner.x + 2, y: y, role: .normal, maxWidth: inner.width - 2)
            y += 1
        }
        return y
    }

    static func relatedPaths(_ location: ResourceLocation, _ design: Design) -> [String] {
        var paths = [location.path(in: design)]
        if case .peering(let v, let p) = location, let back = DesignEditor.reverseHalf(of: v, p, in: design) {
            paths.append(ResourceLocation.peering(back.0, back.1).path(in: design))
        }
        return paths
    }

    static func renderFields(
        _ state: AppState, location: ResourceLocation, path: String, into grid: inout CellGrid, inner: Rect,
        focused: Bool
    ) -> Int {
        let fields = ResourceFields.fields(at: location, in: state.design)
        let labelWidth = min(28, (fields.map(\.name.count).max() ?? 10) + 2)
        var y = inner.y + firstFieldRow
        for (i, field) in fields.enumerated() {
            let selected = i == state.inspectorSelection
            grid.put(field.name, x: inner.x + 1, y: y, role: .muted, maxWidth: labelWidth)
            let valueX = inner.x + 1 + labelWidth
            let valueWidth = inner.maxX - valueX
            if case .editField(let editPath, let editField, let input) = state.mode, editPath == path,
                editField == field.name
            {
                grid.fill(Rect(x: valueX, y: y, width: valueWidth, height: 1), with: Cell(" ", role: .input))
                grid.put(input.text, x: valueX, y: y, role: .input, maxWidth: valueWidth)
                if let error = input.error {
                    y += 1
                    grid.put("✖ " + error, x: valueX, y: y, role: .inputError, maxWidth: valueWidth)
                } else if let usage = AddressProposal.usage(editing: field.name, at: location, text: input.text) {
                    for line in usage.flatMap({ wrap($0, width: valueWidth) }) {
                        y += 1
                        grid.put(line, x: valueX, y: y, role: .muted, maxWidth: valueWidth)
                    }
                }
            } else if field.kind == .flag {
                let on = field.value == "true"
                grid.put(on ? "[x] true" : "[ ] false", x: valueX, y: y, role: on ? .flagOn : .flagOff)
            } else {
                grid.put(
                    field.value.isEmpty ? "—" : field.value, x: valueX, y: y,
                    role: field.value.isEmpty ? .muted : .normal, maxWidth: valueWidth)
            }
            if selected, case .normal = state.mode {
                grid.paint(
                    Rect(x: inner.x + 1, y: y, width: inner.width - 1, height: 1),
                    role: focused ? .selection : .selectionInactive)
            }
            y += 1
        }
        return y
    }

    static func renderFindings(_ state: AppState, paths: [String], into grid: inout CellGrid, inner: Rect, y start: Int)
    {
        let positions = Set(paths.flatMap { state.findingIndex.positions(for: $0) }).sorted()
        let related = positions.compactMap { $0 < state.findings.count ? state.findings[$0] : nil }
        guard !related.isEmpty, start < inner.maxY else { return }
        var y = start
        grid.put("Findings", x: inner.x + 1, y: y, role: .header)
        y += 1
        for finding in related {
            guard y < inner.maxY else { break }
            let role = FindingGlyph.role(finding.severity)
            var x = inner.x + 1
            x += grid.put("\(FindingGlyph.glyph(finding.severity)) \(finding.rule) ", x: x, y: y, role: role)
            for line in wrap(finding.message, width: inner.maxX - x) {
                guard y < inner.maxY else { break }
                grid.put(line, x: x, y: y, role: finding.isSuppressed ? .muted : .normal)
                y += 1
            }
        }
    }

    /// Greedy word wrap by terminal columns.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 4 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.terminalWidth + 1 + word.terminalWidth <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
