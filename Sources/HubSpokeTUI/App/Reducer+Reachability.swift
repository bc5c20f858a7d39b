import HubSpokeCore

/// The reachability pane's keys: the form (From, To, Port, Protocol) and the hop list. While
/// the pane is open it has the keyboard in normal mode; the keys it does not use (`:`, `?`,
/// undo, redo, save, quit) keep their usual meaning.
extension Reducer {
    /// `r`: opens the form, filled with the last question, or with the selected VM or NIC as
    /// the source when nothing was asked yet.
    static func openReachabilityForm(_ state: inout AppState) {
        var pane = state.reachability
        pane.isOpen = true
        pane.isEditing = true
        pane.completionIndex = nil
        pane.completionPrefix = nil
        if let query = pane.query {
            pane.fill(with: query)
            pane.field = .from
        } else if pane.from.text.isEmpty, let path = state.selectedPath,
            let location = ResourceLocation(path, in: state.design)
        {
            switch location {
            case .virtualMachine(let i):
                pane.from = LineInput(state.design.virtualMachines[i].name)
                pane.field = .to
            case .networkInterface(let i):
                pane.from = LineInput(state.design.networkInterfaces[i].name)
                pane.field = .to
            default:
                pane.field = .from
            }
        }
        pane.refresh(design: state.design, revision: state.designRevision)
        state.reachability = pane
        state.showsDiagram = false
    }

    /// `:reach FROM TO PORT [PROTOCOL]`: fills the form, asks and shows the hops.
    static func runReachability(_ state: inout AppState, _ query: ReachabilityQuery) {
        state.reachability.fill(with: query)
        state.reachability.isOpen = true
        state.reachability.isEditing = false
        state.showsDiagram = false
        ask(&state, query)
    }

    /// The design changed (edit, undo, redo, load): the answer follows it.
    static func refreshReachability(_ state: inout AppState) {
        state.reachability.refresh(design: state.design, revision: state.designRevision)
    }

    private static func ask(_ state: inout AppState, _ query: ReachabilityQuery) {
        state.reachability.run(query, design: state.design, revision: state.designRevision)
        switch state.reachability.outcome {
        case .success(let result)?:
            state.message = StatusMessage("reach \(query.source) -> \(query.destination): \(verdictWord(result))")
        case .failure(let error)?:
            state.message = StatusMessage("reach: \(error)", kind: .error)
        case nil:
            break
        }
        keepHopVisible(&state)
    }

    static func verdictWord(_ result: ReachabilityResult) -> String {
        switch result.reachable {
        case true?: "reachable"
        case false?: "blocked"
        case nil: "unknown"
        }
    }

    /// Handles a normal-mode key while the pane is open; nil lets the usual handler have it.
    static func handleReachabilityKey(_ state: inout AppState, _ event: KeyEvent) -> [Effect]? {
        if event.modifiers.contains(.control) {
            // Ctrl-C, Ctrl-S, Ctrl-R keep their meaning; Ctrl-U/W/A/E edit a field; Ctrl-D/U page the hops.
            let key = event.key.character
            if !state.reachability.isEditing, key == "d" || key == "u" {
                return handleReachabilityHopKey(&state, KeyEvent(key == "d" ? .pageDown : .pageUp))
            }
            guard state.reachability.isEditing, ["u", "w", "a", "e", "h"].contains(key) else { return nil }
        }
        if state.reachability.isEditing {
            handleReachabilityFormKey(&state, event)
            return []
        }
        return handleReachabilityHopKey(&state, event)
    }

    private static func handleReachabilityHopKey(_ state: inout AppState, _ event: KeyEvent) -> [Effect]? {
        let count = state.reachability.hopCount
        switch event.key {
        case .escape:
            closeReachability(&state)
        case .down, .character("j"):
            moveHop(&state, to: state.reachability.hopSelection + 1)
        case .up, .character("k"):
            moveHop(&state, to: state.reachability.hopSelection - 1)
        case .home, .character("g"):
            moveHop(&state, to: 0)
        case .end, .character("G"):
            moveHop(&state, to: count - 1)
        case .pageDown:
            moveHop(&state, to: state.reachability.hopSelection + max(1, reachabilityVisibleHops(state) - 1))
        case .pageUp:
            moveHop(&state, to: state.reachability.hopSelection - max(1, reachabilityVisibleHops(state) - 1))
        case .enter:
            jumpToSelectedHop(&state)
        case .tab, .backTab, .character("e"), .character("i"), .character("r"):
            state.reachability.edit(
                event.key == .backTab ? .transport : .from, design: state.design, revision: state.designRevision)
        case .character(":"), .character("?"), .function(1), .character("q"), .character("u"):
            return nil
        default:
            break
        }
        return []
    }

    /// Mouse over the open pane: the wheel moves between hops, a click selects the hop under
    /// it (and leaves the form), a click on the form line edits the form.
    static func handleReachabilityMouse(_ state: inout AppState, _ event: MouseEvent) {
        let rect = state.layout.reachability
        switch event.kind {
        case .wheelUp, .wheelDown:
            guard !state.reachability.isEditing else { return }
            moveHop(&state, to: state.reachability.hopSelection + (event.kind == .wheelUp ? -1 : 1))
        case .press(button: 1):
            if event.y == rect.y + 1 {
                state.reachability.edit(state.reachability.field, design: state.design, revision: state.designRevision)
            } else if let hop = ReachabilityView.hop(atY: event.y, in: rect, pane: state.reachability) {
                state.reachability.isEditing = false
                moveHop(&state, to: hop)
            }
        default:
            break
        }
    }

    private static func moveHop(_ state: inout AppState, to index: Int) {
        let count = state.reachability.hopCount
        guard count > 0 else { return }
        state.reachability.hopSelection = min(max(0, index), count - 1)
        keepHopVisible(&state)
    }

    /// Rows the hop list gets in the pane at the current size.
    static func reachabilityVisibleHops(_ state: AppState) -> Int {
        ReachabilityView.visibleHops(in: state.layout.reachability, pane: state.reachability)
    }

    static func keepHopVisible(_ state: inout AppState) {
        let rows = max(1, reachabilityVisibleHops(state))
        var pane = state.reachability
        if pane.hopSelection < pane.hopScroll { pane.hopScroll = pane.hopSelection }
        if pane.hopSelection >= pane.hopScroll + rows { pane.hopScroll = pane.hopSelection - rows + 1 }
        pane.hopScroll = max(0, min(pane.hopScroll, max(0, pane.hopCount - rows)))
        state.reachability = pane
    }

    static func closeReachability(_ state: inout AppState) {
        state.reachability.isOpen = false
        state.reachability.isEditing = false
        state.message = nil
    }

    /// Enter on a hop: selects its resource in the tree and the inspector (the deciding NSG
    /// rule or user route when the design has it); the pane closes and `r` brings it back.
    static func jumpToSelectedHop(_ state: inout AppState) {
        guard let result = state.reachability.result, state.reachability.hopSelection < result.hops.count else {
            return
        }
        let hop = result.hops[state.reachability.hopSelection]
        guard let path = ReachabilityHops.targets(of: hop, in: state.design).first, select(&state, path: path) else {
            state.message = StatusMessage("\(hop.resource) is not a resource of the design", kind: .error)
            return
        }
        state.reachability.isOpen = false
        state.reachability.isEditing = false
        state.showsDiagram = false
        state.focus = .inspector
        state.message = StatusMessage("\(hop.kind.rawValue) hop: \(path); r returns to the reachability pane")
    }

    // MARK: - The form

    private static func handleReachabilityFormKey(_ state: inout AppState, _ event: KeyEvent) {
        var pane = state.reachability
        defer { state.reachability = pane }
        let field = pane.field
        switch event.key {
        case .escape:
            pane.isOpen = false
            pane.isEditing = false
        case .enter:
            switch pane.formQuery() {
            case .success(let query):
                pane.isEditing = false
                pane.completionIndex = nil
                pane.completionPrefix = nil
                state.reachability = pane
                ask(&state, query)
                pane = state.reachability
            case .failure(let error):
                state.message = StatusMessage(error.message, kind: .error)
            }
        case .tab:
            if field.isEndpoint, complete(&pane) { break }
            moveField(&pane, by: 1)
        case .backTab:
            moveField(&pane, by: -1)
        case .down where field.isEndpoint:
            cycleCandidate(&pane, by: 1)
        case .up where field.isEndpoint:
            cycleCandidate(&pane, by: -1)
        case .down:
            moveField(&pane, by: 1)
        case .up:
            moveField(&pane, by: -1)
        case .character(" ") where field == .transport, .right where field == .transport:
            cycleTransport(&pane, by: 1)
        case .left where field == .transport, .backspace where field == .transport:
            cycleTransport(&pane, by: -1)
        case .character(let c) where field == .transport:
            if let match = TransportProtocol.allCases.first(where: { $0.rawValue.first == Character(c.lowercased()) }) {
                pane.transport = match
            }
        case .character(let c) where field == .port && !c.isNumber:
            state.message = StatusMessage("Port: digits only (0-65535)", kind: .error)
        default:
            guard var input = pane.input(field), input.handle(event) else { return }
            pane.setInput(input, for: field)
            pane.completionIndex = nil
            pane.completionPrefix = nil
        }
    }

    private static func moveField(_ pane: inout ReachabilityPane, by step: Int) {
        let fields = ReachabilityPane.Field.allCases
        pane.field = fields[(pane.field.rawValue + step + fields.count) % fields.count]
        pane.completionIndex = nil
        pane.completionPrefix = nil
    }

    private static func cycleTransport(_ pane: inout ReachabilityPane, by step: Int) {
        let all = TransportProtocol.allCases
        let current = all.firstIndex(of: pane.transport) ?? 0
        pane.transport = all[(current + step + all.count) % all.count]
    }

    /// Tab on From or To: a single candidate is filled in; several are extended to the text
    /// they share. Returns false when there was nothing to add (Tab then moves on).
    private static func complete(_ pane: inout ReachabilityPane) -> Bool {
        guard let input = pane.input(pane.field) else { return false }
        let typed = input.text.trimmingWhitespace()
        let found = ReachabilityEndpointChoice.matching(typed, in: pane.choices)
        if found.count == 1 {
            guard !found[0].text.equalsIgnoringCase(typed) else { return false }
            pane.setInput(LineInput(found[0].text), for: pane.field)
            pane.completionIndex = nil
            pane.completionPrefix = nil
            return true
        }
        let starting = found.map(\.text).filter { $0.lowercased().hasPrefix(typed.lowercased()) }
        guard var common = starting.first else { return false }
        for text in starting.dropFirst() {
            while !text.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        guard common.count > typed.count else { return false }
        pane.setInput(LineInput(common), for: pane.field)
        return true
    }

    /// Up/Down on From or To: fills the field with the next candidate of the typed text.
    private static func cycleCandidate(_ pane: inout ReachabilityPane, by step: Int) {
        guard let input = pane.input(pane.field) else { return }
        let prefix = pane.completionPrefix ?? input.text
        let found = ReachabilityEndpointChoice.matching(prefix, in: pane.choices)
        guard !found.isEmpty else { return }
        let next: Int
        if let index = pane.completionIndex {
            next = (index + step + found.count) % found.count
        } else {
            next = step > 0 ? 0 : found.count - 1
        }
        pane.completionPrefix = prefix
        pane.completionIndex = next
        pane.setInput(LineInput(found[next].text), for: pane.field)
    }
}

extension Key {
    /// The character of a character key, as a string (empty for other keys).
    fileprivate var character: String {
        if case .character(let c) = self { return String(c) }
        return ""
    }
}
