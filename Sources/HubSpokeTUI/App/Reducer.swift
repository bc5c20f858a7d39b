import HubSpokeCore

/// The one place the app state changes: `reduce(state, action)` returns the new state and the
/// effects (save, load, quit, theme) for the runner to perform. Pure: no I/O, no clock, so
/// tests drive it with actions and check the result.
public enum Reducer {
    /// Pure form: a new state and the effects it asks for.
    public static func reduce(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
        var copy = state
        let effects = reduce(&copy, action)
        return (copy, effects)
    }

    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let event):
            return handleKey(&state, event)
        case .mouse(let event):
            handleMouse(&state, event)
            return []
        case .resize(let width, let height):
            state.width = width
            state.height = height
            keepSelectionVisible(&state)
            return []
        case .command(let command):
            return run(command, in: &state)
        case .validated(let findings, let revision):
            guard revision == state.designRevision else { return [] }
            state.findings = findings
            state.findingIndex = FindingIndex(findings)
            state.validatedRevision = revision
            state.findingsSelection = min(state.findingsSelection, max(0, state.visibleFindings.count - 1))
            return []
        case .saved(let path, let quitAfter):
            state.filePath = path
            state.isDirty = false
            state.message = StatusMessage("written \(path)")
            return quitAfter ? [.quit(code: 0)] : []
        case .exported(let path):
            state.message = StatusMessage("exported \(path)")
            return []
        case .diagramWritten(let path):
            state.message = StatusMessage("diagram written to \(path)")
            return []
        case .saveFailed(let reason):
            state.message = StatusMessage("save failed: \(reason)", kind: .error)
            return []
        case .loaded(let design, let path, let recovery):
            state.undoStack = []
            state.redoStack = []
            state.filePath = path
            state.isDirty = false
            state.topologyFilter = ""
            replaceDesign(&state, with: design, structural: true)
            state.selectedPath = state.firstSelectablePath
            state.message = StatusMessage(design.virtualNetworks.isEmpty ? "new file \(path)" : "opened \(path)")
            if let recovery {
                state.pendingRecovery = recovery
                state.mode = .recoveryPrompt
            }
            return []
        case .loadFailed(let reason):
            state.message = StatusMessage(reason, kind: .error)
            return []
        case .themeApplied(let name):
            state.themeName = name
            state.message = StatusMessage("theme \(name)")
            return []
        case .themeFailed(let reason):
            state.message = StatusMessage(reason, kind: .error)
            return []
        case .exportPrepared, .importRead, .importFailed:
            return receiveExchange(&state, action)
        }
    }

    // MARK: - Design changes

    /// Replaces the design as one undoable step. `structural` says resources were added or
    /// removed (the tree must be rebuilt); field edits keep the tree as it is.
    static func commit(_ state: inout AppState, _ design: Design, structural: Bool, message: String? = nil) {
        state.undoStack.append(state.design)
        if state.undoStack.count > AppState.undoLimit { state.undoStack.removeFirst() }
        state.redoStack = []
        replaceDesign(&state, with: design, structural: structural)
        state.isDirty = true
        if let message { state.message = StatusMessage(message) }
    }

    static func replaceDesign(_ state: inout AppState, with design: Design, structural: Bool) {
        state.design = design
        state.designRevision += 1
        if structural { state.rebuildOutline() }
        refreshReachability(&state)
        if let path = state.selectedPath, ResourceLocation(path, in: state.design) == nil {
            state.selectedPath = state.firstSelectablePath
        }
        keepSelectionVisible(&state)
    }

    static func undo(_ state: inout AppState) {
        guard let previous = state.undoStack.popLast() else {
            state.message = StatusMessage("nothing to undo")
            return
        }
        state.redoStack.append(state.design)
        replaceDesign(&state, with: previous, structural: true)
        state.isDirty = true
        state.message = StatusMessage("undone (\(state.undoStack.count) more)")
    }

    static func redo(_ state: inout AppState) {
        guard let next = state.redoStack.popLast() else {
            state.message = StatusMessage("nothing to redo")
            return
        }
        state.undoStack.append(state.design)
        replaceDesign(&state, with: next, structural: true)
        state.isDirty = true
        state.message = StatusMessage("redone")
    }

    // MARK: - Selection

    /// Selects the resource at `path` (any resolvable path; rules, routes and NICs select
    /// themselves in the inspector and their parent row in the tree). Clears a filter that hides it.
    static func select(_ state: inout AppState, path: String) -> Bool {
        guard let location = ResourceLocation(path, in: state.design) else { return false }
        if state.outline.index(of: path, in: state.design) == nil, !state.topologyFilter.isEmpty {
            state.topologyFilter = ""
            state.rebuildOutline()
        }
        state.selectedPath = location.path(in: state.design)
        state.inspectorSelection = 0
        state.inspectorColumn = 0
        keepSelectionVisible(&state)
        return true
    }

    static func moveSelection(_ state: inout AppState, by delta: Int) {
        switch state.focus {
        case .topology:
            let rows = state.outline.rows
            guard !rows.isEmpty else { return }
            var index = state.selectedRow ?? 0
            let step = delta > 0 ? 1 : -1
            var remaining = abs(delta)
            var candidate = index
            while remaining > 0 {
                candidate += step
                if candidate < 0 || candidate >= rows.count { break }
                if !rows[candidate].isHeading {
                    index = candidate
                    remaining -= 1
                }
            }
            state.selectedPath = state.outline.path(ofRow: index, in: state.design)
            state.inspectorSelection = 0
            state.inspectorColumn = 0
        case .inspector:
            let count = inspectorRowCount(state)
            guard count > 0 else { return }
            state.inspectorSelection = min(max(0, state.inspectorSelection + delta), count - 1)
        case .findings:
            let count = state.visibleFindings.count
            guard count > 0 else { return }
            state.findingsSelection = min(max(0, state.findingsSelection + delta), count - 1)
        }
        keepSelectionVisible(&state)
    }

    static func inspectorRowCount(_ state: AppState) -> Int {
        guard let path = state.selectedPath, let location = ResourceLocation(path, in: state.design) else { return 0 }
        if case .peering = location { return 4 }
        if case .routeTable(let t) = location { return 1 + state.design.routeTables[t].routes.count }
        if case .networkSecurityGroup(let n) = location {
            return SecurityRuleTable(design: state.design, securityGroup: n).rows.count
        }
        return ResourceFields.fields(at: location, in: state.design).count
    }

    /// Scrolls lists so the selected rows stay on screen.
    static func keepSelectionVisible(_ state: inout AppState) {
        let layout = state.layout
        let topologyRows = layout.visibleRows(for: .topology, showsDiagram: false)
        if let row = state.selectedRow, topologyRows > 0 {
            if row < state.topologyScroll { state.topologyScroll = row }
            if row >= state.topologyScroll + topologyRows { state.topologyScroll = row - topologyRows + 1 }
        }
        state.topologyScroll = max(0, min(state.topologyScroll, max(0, state.outline.rows.count - topologyRows)))
        let findingRows = layout.visibleRows(for: .findings, showsDiagram: false)
        if findingRows > 0 {
            if state.findingsSelection < state.findingsScroll { state.findingsScroll = state.findingsSelection }
            if state.findingsSelection >= state.findingsScroll + findingRows {
                state.findingsScroll = state.findingsSelection - findingRows + 1
            }
        }
    }

    /// Jumps from a finding to its resource and field (Enter in the validation pane).
    static func jump(to finding: Finding, _ state: inout AppState) {
        guard let path = finding.resources.first else { return }
        guard select(&state, path: path) else {
            state.message = StatusMessage("\(path) is not in the topology", kind: .error)
            return
        }
        state.focus = .inspector
        state.showsDiagram = false
        if let field = finding.field, let location = ResourceLocation(path, in: state.design) {
            if case .peering = location {
                if let row = PeeringFlags.labels.keys.sorted(by: flagOrder).firstIndex(of: field) {
                    state.inspectorSelection = row
                }
            } else if let row = ResourceFields.fields(at: location, in: state.design).firstIndex(where: {
                $0.name.equalsIgnoringCase(field)
            }) {
                state.inspectorSelection = row
            }
        }
        state.message = StatusMessage("\(finding.rule): \(path)" + (finding.field.map { " \($0)" } ?? ""))
    }

    static func flagOrder(_ a: String, _ b: String) -> Bool {
        let order = VirtualNetworkPeering.flagNames
        return (order.firstIndex(of: a) ?? 99) < (order.firstIndex(of: b) ?? 99)
    }
}
