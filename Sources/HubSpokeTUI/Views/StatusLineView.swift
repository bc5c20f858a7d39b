/// The status line: file name, unsaved marker, finding counts, and key hints for the focused
/// pane (or for the prompt that owns the keyboard).
public enum StatusLineView {
    public static func render(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        grid.fill(rect, with: Cell(" ", role: .statusBar))
        var x = rect.x + 1
        x += grid.put(state.displayName, x: x, y: rect.y, role: .statusBar, style: .bold)
        if state.isDirty { x += grid.put(" [+]", x: x, y: rect.y, role: .statusKey) }
        x += 2
        let index = state.findingIndex
        x += grid.put("✖ \(index.errors) ", x: x, y: rect.y, role: .statusBar)
        x += grid.put("▲ \(index.warnings) ", x: x, y: rect.y, role: .statusBar)
        x += grid.put("● \(index.infos)", x: x, y: rect.y, role: .statusBar)
        if index.suppressed > 0 { x += grid.put(" ⊘ \(index.suppressed)", x: x, y: rect.y, role: .statusBar) }
        x += 3
        for (key, action) in hints(state) {
            guard x + key.count + action.count + 3 < rect.maxX else { break }
            x += grid.put(key, x: x, y: rect.y, role: .statusKey)
            x += grid.put(" \(action)  ", x: x, y: rect.y, role: .statusBar)
        }
    }

    static func hints(_ state: AppState) -> [(String, String)] {
        switch state.mode {
        case .command: [("Enter", "run"), ("Tab", "complete"), ("↑", "history"), ("Esc", "cancel")]
        case .filter: [("Enter", "keep filter"), ("Esc", "clear")]
        case .editField: [("Enter", "store"), ("Esc", "cancel")]
        case .help: [("type", "filter"), ("Esc", "close")]
        case .confirmDelete: [("y", "delete"), ("n", "keep")]
        case .quitPrompt: [("s", "save"), ("d", "discard"), ("c", "cancel")]
        case .askSavePath: [("Enter", "save"), ("Esc", "cancel")]
        case .recoveryPrompt: [("r", "recover"), ("d", "discard")]
        case .suppressReason: [("Enter", "suppress"), ("Esc", "cancel")]
        case .exchange(let dialog): ExchangeDialogView.hints(dialog)
        case .normal:
            if state.reachability.isOpen {
                ReachabilityView.hints(state.reachability)
            } else if state.focus == .inspector, let path = state.selectedPath,
                case .peering? = ResourceLocation(path, in: state.design)
            {
                [("Space", "toggle"), ("h/l", "half"), ("g", "gw preset"), ("n", "NVA preset"), ("Esc", "back")]
            } else {
                KeyBinding.hints(for: state.focus)
            }
        }
    }
}
