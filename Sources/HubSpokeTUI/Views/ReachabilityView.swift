import HubSpokeCore

/// The reachability pane, drawn over the tree and inspector area (like the diagram): the form
/// on the first line, then the verdict, what decided it, the hops in order (the deciding one
/// marked) and the analyzer's notes on addresses and the return path.
public enum ReachabilityView {
    /// Rows above the hop list inside the frame, besides the verdict's reason: form, verdict,
    /// decided-by, column header.
    static let headerRows = 4
    static let kindWidth = 12

    /// Draws the pane; returns where the text cursor goes when a text field is being edited.
    @discardableResult
    public static func render(_ state: AppState, into grid: inout CellGrid, rect: Rect) -> (x: Int, y: Int)? {
        let pane = state.reachability
        let focused = state.mode == .normal
        var title = "Reachability"
        if pane.query != nil { title += "  live: follows every design change" }
        Screen.frame(&grid, rect, title: title, focused: focused)
        let inner = rect.inset(by: 1)
        guard inner.width > 10, inner.height > 2 else { return nil }
        grid.fill(inner)
        var cursor: (x: Int, y: Int)?
        var fieldColumns: [ReachabilityPane.Field: Int] = [:]
        grid.clipped(to: inner) { grid in
            (cursor, fieldColumns) = renderForm(pane, into: &grid, inner: inner, focused: focused)
            renderAnswer(pane, into: &grid, inner: inner, focused: focused)
            if focused, let x = fieldColumns[pane.field] { renderCandidates(pane, into: &grid, inner: inner, x: x) }
        }
        return focused ? cursor : nil
    }

    /// Key hints for the status line while the pane has the keyboard.
    static func hints(_ pane: ReachabilityPane) -> [(String, String)] {
        pane.isEditing
            ? [("Tab", "complete/next"), ("↑↓", "choose"), ("Space", "protocol"), ("Enter", "ask"), ("Esc", "close")]
            : [("j/k", "hop"), ("Enter", "go to resource"), ("Tab", "edit"), ("Esc", "close"), (":", "cmd")]
    }

    // MARK: - Form

    private static func renderForm(
        _ pane: ReachabilityPane, into grid: inout CellGrid, inner: Rect, focused: Bool
    ) -> ((x: Int, y: Int)?, [ReachabilityPane.Field: Int]) {
        let y = inner.y
        let fixed = 1 + "From: ".count + "  To: ".count + "  Port: ".count + "  Protocol: ".count + 7 + 6
        let endpointWidth = max(8, (inner.width - fixed) / 2)
        var x = inner.x + 1
        var cursor: (x: Int, y: Int)?
        var columns: [ReachabilityPane.Field: Int] = [:]
        for field in ReachabilityPane.Field.allCases {
            let active = pane.isEditing && pane.field == field
            x += grid.put(
                (field == .from ? "" : "  ") + field.label + ": ", x: x, y: y, role: active ? .titleFocused : .header,
                style: active ? .bold : [])
            columns[field] = x
            if let input = pane.input(field) {
                let width = field == .port ? 7 : endpointWidth
                let shown = input.text.terminalWidth > width - 1 ? String(input.text.suffix(width - 1)) : input.text
                // Underlined so the fields show without colour (monochrome, NO_COLOR).
                grid.fill(
                    Rect(x: x, y: y, width: width - 1, height: 1),
                    with: Cell(" ", role: active ? .input : .muted, style: .underline))
                grid.put(shown, x: x, y: y, role: active ? .input : .normal, style: .underline, maxWidth: width - 1)
                if active {
                    let beforeCursor = String(input.text.prefix(input.cursor))
                    let offset = input.text.terminalWidth > width - 1 ? shown.terminalWidth : beforeCursor.terminalWidth
                    cursor = (min(x + width - 1, x + offset), y)
                }
                x += width
            } else {
                let text = "‹\(pane.transport.rawValue)›"
                grid.put(text, x: x, y: y, role: active ? .input : .normal, style: active ? .bold : [])
                x += 6
            }
        }
        return (cursor, columns)
    }

    /// The completion list under the focused From or To field.
    private static func renderCandidates(_ pane: ReachabilityPane, into grid: inout CellGrid, inner: Rect, x: Int) {
        let candidates = pane.candidates
        guard !candidates.isEmpty, pane.isEditing, pane.field.isEndpoint else { return }
        let visible = min(candidates.count, max(1, min(8, inner.height - 3)))
        let first = max(0, min((pane.completionIndex ?? 0) - visible + 1, candidates.count - visible))
        let shown = candidates[first..<(first + visible)]
        let textWidth = shown.map(\.text.terminalWidth).max() ?? 10
        let width = min(inner.maxX - x, max(30, textWidth + 4 + (shown.map(\.detail.terminalWidth).max() ?? 0) + 6))
        let left = max(inner.x, min(x - 1, inner.maxX - width))
        let box = Rect(x: left, y: inner.y + 1, width: width, height: visible + 2)
        grid.fill(box, with: Cell(" ", role: .overlay))
        let title = candidates.count == 1 ? "1 match" : "\(candidates.count) matches"
        grid.box(box, role: .overlayBorder, title: title, titleRole: .overlayBorder)
        for (row, choice) in shown.enumerated() {
            let y = box.y + 1 + row
            var column = box.x + 2
            column += grid.put(choice.text.padding(textWidth + 1), x: column, y: y, role: .overlay)
            column += grid.put(choice.kind.rawValue.padding(4), x: column, y: y, role: .muted)
            grid.put(choice.detail, x: column, y: y, role: .muted, maxWidth: box.maxX - 1 - column)
            if first + row == pane.completionIndex {
                grid.paint(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), role: .selection)
            }
        }
    }

    // MARK: - Answer

    private static func renderAnswer(_ pane: ReachabilityPane, into grid: inout CellGrid, inner: Rect, focused: Bool) {
        let x = inner.x + 1
        let width = inner.width - 1
        guard let query = pane.query, let outcome = pane.outcome else {
            grid.put(
                "Type a source and a destination (VM, NIC or address), a port and a protocol, then Enter.", x: x,
                y: inner.y + 1, role: .muted, maxWidth: width)
            grid.put(
                "Tab completes names and addresses from the design; the answer follows every edit.", x: x,
                y: inner.y + 2, role: .muted, maxWidth: width)
            return
        }
        let result: ReachabilityResult
        switch outcome {
        case .failure(let error):
            var column = x
            column += grid.put("✖ CANNOT ASK  ", x: column, y: inner.y + 1, role: .error, style: .bold)
            grid.put("\(error)", x: column, y: inner.y + 1, role: .error, maxWidth: inner.maxX - column)
            return
        case .success(let answer):
            result = answer
        }
        let layout = AnswerLayout(result, inner: inner)
        var y = inner.y + 1
        let verdictRole = renderVerdict(result, query: query, into: &grid, x: x, y: y, maxX: inner.maxX)
        y += 1
        for line in layout.reasonLines {
            grid.put(line, x: x + 2, y: y, role: verdictRole, maxWidth: width - 2)
            y += 1
        }
        renderDecision(result.decidedBy, into: &grid, x: x, y: y, maxX: inner.maxX)
        y += 1
        var column = x + 4
        column += grid.put("kind".padding(kindWidth), x: column, y: y, role: .header)
        grid.put("resource", x: column, y: y, role: .header)
        grid.put("detail", x: column + layout.resourceWidth, y: y, role: .header)
        let headerY = y
        y += 1
        let deciding = ReachabilityHops.decidingHop(in: result)
        let slots = layout.slots(for: pane, hops: result.hops)
        for slot in slots {
            let rowY = y + slot.row
            renderHop(
                result.hops[slot.hop], lines: slot.lines, number: slot.hop + 1, isDeciding: slot.hop == deciding,
                into: &grid, x: x, y: rowY, resourceWidth: layout.resourceWidth, maxX: inner.maxX)
            if focused, !pane.isEditing, slot.hop == pane.hopSelection {
                grid.paint(Rect(x: x, y: rowY, width: width, height: slot.lines.count), role: .selection)
            }
        }
        let hopsEnd = y + layout.hopRows
        let first = slots.first?.hop ?? 0
        let index = (slots.last?.hop ?? -1) + 1
        if first > 0 || index < result.hops.count {
            let indicator = "hops \(first + 1)-\(index)/\(result.hops.count)"
            grid.put(indicator, x: inner.maxX - indicator.count - 1, y: headerY, role: .muted)
        }
        y = hopsEnd
        for line in layout.noteLines where y < inner.maxY {
            if line.isFirst { grid.put("note", x: x, y: y, role: .info) }
            grid.put(line.text, x: x + 6, y: y, role: .muted, maxWidth: width - 6)
            y += 1
        }
    }

    /// The verdict word and the question; returns the verdict's colour for its reason lines.
    private static func renderVerdict(
        _ result: ReachabilityResult, query: ReachabilityQuery, into grid: inout CellGrid, x: Int, y: Int, maxX: Int
    ) -> ColorRole {
        let (word, role): (String, ColorRole) =
            switch result.reachable {
            case true?: ("✔ REACHABLE", .ok)
            case false?: ("✖ BLOCKED", .error)
            case nil: ("? UNKNOWN", .warning)
            }
        var column = x
        column += grid.put(word + "  ", x: column, y: y, role: role, style: .bold)
        var asked = "\(query.protocol.rawValue.uppercased()) \(query.source) -> \(query.destination)"
        if query.protocol.usesPorts { asked += ":\(query.port)" }
        grid.put(asked, x: column, y: y, role: .normal, maxWidth: maxX - column)
        return role
    }

    private static func renderDecision(
        _ decision: ReachabilityDecision, into grid: inout CellGrid, x: Int, y: Int, maxX: Int
    ) {
        var column = x
        column += grid.put("decided by  ", x: column, y: y, role: .muted)
        column += grid.put("\(decision.kind.rawValue) ", x: column, y: y, role: .header)
        column += grid.put(decision.resource, x: column, y: y, role: .prefix, maxWidth: maxX - column)
        if !decision.rule.isEmpty {
            grid.put("  " + decision.rule, x: column, y: y, role: .match, style: .bold, maxWidth: maxX - column)
        }
    }

    private static func renderHop(
        _ hop: Hop, lines: [String], number: Int, isDeciding: Bool, into grid: inout CellGrid, x: Int, y: Int,
        resourceWidth: Int,
        maxX: Int
    ) {
        let numberText = String(number)
        grid.put(
            String(repeating: " ", count: max(0, 2 - numberText.count)) + numberText, x: x, y: y, role: .muted)
        if isDeciding { grid.put("◆", x: x + 2, y: y, role: .match, style: .bold) }
        var column = x + 4
        let kindRole: ColorRole =
            switch hop.kind {
            case .dropped: .error
            case .return: .muted
            case .source, .destination: .ok
            default: .header
            }
        column += grid.put(hop.kind.rawValue.padding(kindWidth), x: column, y: y, role: kindRole)
        let resource =
            hop.resource.terminalWidth > resourceWidth - 1
            ? "…" + hop.resource.suffix(max(1, resourceWidth - 2)) : hop.resource
        grid.put(resource, x: column, y: y, role: .prefix, maxWidth: resourceWidth - 1)
        column += resourceWidth
        let detailRole: ColorRole = isDeciding ? .match : (hop.kind == .dropped ? .error : .normal)
        for (offset, line) in lines.enumerated() {
            grid.put(
                line, x: column, y: y + offset, role: detailRole, style: isDeciding ? .bold : [],
                maxWidth: maxX - column)
        }
    }

    /// In a list too long to wrap every hop, the selected hop still shows this many lines of
    /// its detail, so nothing the analyzer said is cut off.
    static let selectedHopLines = 4

    /// How many hops fit for keeping the selection visible: every hop when their details fit
    /// wrapped, else the one-line rows the list scrolls through, less the selected hop's extra lines.
    static func visibleHops(in rect: Rect, pane: ReachabilityPane) -> Int {
        let inner = rect.inset(by: 1)
        guard let result = pane.result else { return max(1, inner.height - headerRows) }
        return AnswerLayout(result, inner: inner).visibleHops(for: pane)
    }

    /// The hop drawn at screen row `y` of a pane at `rect`, for mouse clicks.
    static func hop(atY y: Int, in rect: Rect, pane: ReachabilityPane) -> Int? {
        let inner = rect.inset(by: 1)
        guard let result = pane.result else { return nil }
        let layout = AnswerLayout(result, inner: inner)
        let row = y - inner.y - layout.hopsTop
        return layout.slots(for: pane, hops: result.hops).first { row >= $0.row && row < $0.row + $0.lines.count }?.hop
    }
}
