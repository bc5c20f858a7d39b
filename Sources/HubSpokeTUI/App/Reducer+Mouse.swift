/// Mouse: a press focuses the pane under it and selects the row there; the wheel scrolls the
/// pane under the pointer.
extension Reducer {
    static func handleMouse(_ state: inout AppState, _ event: MouseEvent) {
        guard case .normal = state.mode else { return }
        let layout = state.layout
        if state.reachability.isOpen, layout.reachability.contains(x: event.x, y: event.y) {
            return handleReachabilityMouse(&state, event)
        }
        guard let pane = layout.pane(atX: event.x, y: event.y, showsDiagram: state.showsDiagram) else { return }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let previous = state.focus
            state.focus = pane
            moveSelection(&state, by: event.kind == .wheelUp ? -3 : 3)
            state.focus = previous == pane ? pane : previous
        case .press(button: 1):
            state.focus = pane
            let rect = layout.rect(for: pane, showsDiagram: state.showsDiagram)
            let row = event.y - rect.y - 1
            guard row >= 0, row < rect.height - 2 else { return }
            switch pane {
            case .topology where !state.showsDiagram:
                let index = state.topologyScroll + row
                if index < state.outline.rows.count, let path = state.outline.path(ofRow: index, in: state.design) {
                    state.selectedPath = path
                    state.inspectorSelection = 0
                    state.inspectorColumn = 0
                }
            case .findings:
                let index = state.findingsScroll + row
                if index < state.visibleFindings.count { state.findingsSelection = index }
            case .inspector:
                let fieldRow = row - InspectorView.firstFieldRow
                if fieldRow >= 0, fieldRow < inspectorRowCount(state) { state.inspectorSelection = fieldRow }
            default:
                break
            }
        default:
            break
        }
    }
}
