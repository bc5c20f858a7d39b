import HubSpokeCore

/// The NSG editor's rule table: per direction the custom rules by priority, then the default
/// rules greyed, so the whole evaluation order is on screen; a marker per rule for its findings
/// (exposed RDP/SSH, shadowed, duplicate priority); the rule "which rule decides?" found,
/// highlighted with ▶; the subnets and NICs the NSG is attached to. Only the rows on screen are
/// drawn; the selection keeps itself in view.
public enum SecurityRuleTableView {
    /// Status line hints while the editor has the focus.
    static let hints = [
        ("Enter", "edit"), ("Space", "allow/deny"), ("J/K", "move"), ("c", "copy"), ("w", "decides?"),
        ("t", "attach"),
    ]

    /// One drawn line of the scrolling part.
    enum Line {
        case heading(String)
        case rule(Int)
        case defaultRule(SecurityRule)
        case association(String)
        case note(String)

        var isRule: Bool {
            if case .rule = self { return true }
            return false
        }
    }

    /// The marker letter of a finding on a rule, by rule ID: R RDP, S SSH, A any-any, E other
    /// Internet exposure, H shadowed, D duplicate priority; `!` anything else.
    static func markerLetter(_ rule: String) -> Character {
        switch rule {
        case "SEC-001": "R"
        case "SEC-002": "S"
        case "SEC-003": "A"
        case "SEC-004", "SEC-005": "E"
        case "NSG-010": "H"
        case "NSG-002": "D"
        default: "!"
        }
    }

    static func render(_ state: AppState, securityGroup n: Int, into grid: inout CellGrid, inner: Rect, y start: Int)
        -> Int
    {
        let design = state.design
        let nsg = design.networkSecurityGroups[n]
        let table = SecurityRuleTable(design: design, securityGroup: n)
        let focused = state.focus == .inspector
        var lines: [Line] = []
        lines.reserveCapacity(nsg.securityRules.count + 16)
        var selectedLine: Int?
        let selectedRow = table.row(at: state.inspectorSelection)
        for section in table.sections {
            let count = section.rules.count
            lines.append(.heading("\(section.title): \(count) rule\(count == 1 ? "" : "s"), then the defaults"))
            for r in section.rules {
                if selectedRow == .rule(r) { selectedLine = lines.count }
                lines.append(.rule(r))
            }
            lines += section.defaults.map(Line.defaultRule)
        }
        lines.append(.heading("Attached to"))
        if table.associations.isEmpty { lines.append(.note("nothing: t attaches to a subnet or a NIC")) }
        for path in table.associations {
            if selectedRow == .association(path) { selectedLine = lines.count }
            lines.append(.association(path))
        }

        let widths = columnWidths(inner.width - 5)
        var y = start + 1
        guard y < inner.maxY else { return y }
        var x = inner.x + 4
        for (column, width) in zip(SecurityRuleTable.columns, widths) {
            grid.put(column.title, x: x, y: y, role: .header, maxWidth: width - 1)
            x += width
        }
        y += 1
        let selectedFindings = selectedRuleFindings(state, nsg: nsg, row: selectedRow)
        let bottom = inner.maxY - (selectedFindings.isEmpty ? 0 : 1)
        let visible = max(0, bottom - y)
        var offset = 0
        if let selectedLine, selectedLine >= visible {
            offset = min(selectedLine - visible / 2, max(0, lines.count - visible))
        }
        for index in offset..<min(lines.count, offset + visible) {
            draw(lines[index], state: state, nsg: nsg, widths: widths, into: &grid, inner: inner, y: y)
            // The marker columns keep their colour on the selected row.
            let rowX = inner.x + (index == selectedLine && lines[index].isRule ? 4 : 1)
            if index == selectedLine, focused, case .normal = state.mode {
                grid.paint(Rect(x: rowX, y: y, width: inner.maxX - rowX, height: 1), role: .selectionInactive)
                if case .rule = lines[index] {
                    let column = min(state.inspectorColumn, widths.count - 1)
                    let cellX = inner.x + 4 + widths[..<column].reduce(0, +)
                    grid.paint(Rect(x: cellX, y: y, width: widths[column] - 1, height: 1), role: .selection)
                }
            } else if index == selectedLine {
                grid.paint(Rect(x: rowX, y: y, width: inner.maxX - rowX, height: 1), role: .selectionInactive)
            }
            y += 1
        }
        if let first = selectedFindings.first {
            let finding = state.findings[first]
            let more = selectedFindings.count > 1 ? " (+\(selectedFindings.count - 1) more)" : ""
            grid.put(
                "\(FindingGlyph.glyph(finding.severity)) \(finding.rule)\(more): \(finding.message)", x: inner.x + 1,
                y: inner.maxY - 1, role: FindingGlyph.role(finding.severity), maxWidth: inner.width - 1)
            y = inner.maxY
        }
        return y
    }

    /// Widths of the eight columns in `width` cells: fixed for priority, access and protocol,
    /// the rest shared by name, addresses and ports.
    static func columnWidths(_ width: Int) -> [Int] {
        let fixed = [6, 0, 6, 5, 0, 0, 0, 0]
        let flexible = max(30, width - fixed.reduce(0, +))
        let name = flexible * 28 / 100
        let source = flexible * 24 / 100
        let sourcePorts = max(5, flexible * 10 / 100)
        let destination = flexible * 24 / 100
        let destinationPorts = flexible - name - source - sourcePorts - destination
        return [6, name, 6, 5, source, sourcePorts, destination, destinationPorts]
    }

    static func draw(
        _ line: Line, state: AppState, nsg: NetworkSecurityGroup, widths: [Int], into grid: inout CellGrid,
        inner: Rect, y: Int
    ) {
        switch line {
        case .heading(let text):
            grid.put(text, x: inner.x + 1, y: y, role: .header, maxWidth: inner.width - 1)
        case .note(let text):
            grid.put(text, x: inner.x + 2, y: y, role: .muted, maxWidth: inner.width - 2)
        case .association(let path):
            grid.put(path, x: inner.x + 2, y: y, role: .normal, maxWidth: inner.width - 2)
        case .rule(let r):
            let rule = nsg.securityRules[r]
            let path = ResourcePath.child(nsg.name, .securityRules, rule.name)
            if case .editField(let editPath, let field, let input) = state.mode, editPath.equalsIgnoringCase(path) {
                let used = grid.put("\(rule.name) \(field): ", x: inner.x + 2, y: y, role: .muted)
                let x = inner.x + 2 + used
                grid.fill(Rect(x: x, y: y, width: inner.maxX - x, height: 1), with: Cell(" ", role: .input))
                let typed = grid.put(input.text, x: x, y: y, role: .input, maxWidth: inner.maxX - x)
                if let error = input.error {
                    grid.put(" ✖ " + error, x: x + typed, y: y, role: .inputError, maxWidth: inner.maxX - x - typed)
                }
                return
            }
            drawMarker(state, path: path, into: &grid, x: inner.x + 1, y: y)
            let decides = state.securityRuleDecision?.names(rule, in: nsg.name) == true
            drawRow(
                rule, widths: widths, role: decides ? .match : .normal, decides: decides, into: &grid, inner: inner,
                y: y)
        case .defaultRule(let rule):
            let decides = state.securityRuleDecision?.names(rule, in: nsg.name) == true
            drawRow(
                rule, widths: widths, role: decides ? .match : .muted, decides: decides, into: &grid, inner: inner, y: y
            )
        }
    }

    static func drawRow(
        _ rule: SecurityRule, widths: [Int], role: ColorRole, decides: Bool, into grid: inout CellGrid, inner: Rect,
        y: Int
    ) {
        if decides { grid.put("▶", x: inner.x, y: y, role: .match) }
        let values = [
            String(rule.priority), rule.name, rule.access, rule.protocol, rule.sources.joined(separator: ","),
            rule.sourcePorts.joined(separator: ","), rule.destinations.joined(separator: ","),
            rule.destinationPorts.joined(separator: ","),
        ]
        var x = inner.x + 4
        for (value, width) in zip(values, widths) {
            grid.put(value.isEmpty ? "—" : value, x: x, y: y, role: role, maxWidth: width - 1)
            x += width
        }
    }

    /// Severity glyph and letter of the findings that are about this rule (the rule is their
    /// first resource: a shadowing finding also names the earlier rule, which is not at fault).
    static func drawMarker(_ state: AppState, path: String, into grid: inout CellGrid, x: Int, y: Int) {
        var worst: Severity?
        var letter: Character?
        for position in state.findingIndex.positions(for: path) where position < state.findings.count {
            let finding = state.findings[position]
            guard !finding.isSuppressed, finding.resources.first?.equalsIgnoringCase(path) == true else { continue }
            if worst == nil || finding.severity > worst! {
                worst = finding.severity
                letter = markerLetter(finding.rule)
            }
        }
        guard let worst, let letter else { return }
        grid.put("\(FindingGlyph.glyph(worst))\(letter)", x: x, y: y, role: FindingGlyph.role(worst))
    }

    /// Positions of the findings about the selected rule, shown on the table's last line.
    static func selectedRuleFindings(_ state: AppState, nsg: NetworkSecurityGroup, row: SecurityRuleTable.Row?) -> [Int]
    {
        guard case .rule(let r)? = row else { return [] }
        let path = ResourcePath.child(nsg.name, .securityRules, nsg.securityRules[r].name)
        return state.findingIndex.positions(for: path).filter {
            $0 < state.findings.count && state.findings[$0].resources.first?.equalsIgnoringCase(path) == true
        }
    }
}
