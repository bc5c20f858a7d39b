/// Dialogs drawn over the panes: help, delete confirmation, quit and recovery prompts.
public enum OverlayView {
    public static func render(_ state: AppState, into frame: inout Frame) {
        switch state.mode {
        case .help(let filter):
            renderHelp(state, filter: filter, into: &frame.grid)
        case .confirmDelete(let path):
            dialog(
                ["Delete \(path)?"] + DesignEditor.dependentsNote(path, in: state.design)
                    + ["", "y  delete (u undoes it)", "n  keep it"], title: "Delete", state: state, into: &frame.grid)
        case .quitPrompt:
            dialog(
                ["There are unsaved changes.", "", "s  save and quit", "d  discard changes and quit", "c  cancel"],
                title: "Quit", state: state, into: &frame.grid)
        case .recoveryPrompt:
            dialog(
                [
                    "A recovery file holds unsaved changes", "from an earlier session of this design.", "",
                    "r  recover them", "d  discard the recovery file",
                ], title: "Recover", state: state, into: &frame.grid)
        case .suppressReason(let prompt):
            SuppressionPromptView.render(prompt, state: state, into: &frame)
        case .exchange(let dialog):
            ExchangeDialogView.render(dialog, state: state, into: &frame)
        default:
            break
        }
    }

    static func dialog(_ lines: [String], title: String, state: AppState, into grid: inout CellGrid) {
        let width = min(state.width - 4, (lines.map(\.terminalWidth).max() ?? 20) + 6)
        let height = lines.count + 2
        let rect = Rect(
            x: (state.width - width) / 2, y: max(0, (state.height - height) / 2), width: width, height: height)
        grid.fill(rect, with: Cell(" ", role: .overlay))
        grid.box(rect, role: .overlayBorder, title: title, titleRole: .overlayBorder)
        for (i, line) in lines.enumerated() {
            grid.put(line, x: rect.x + 3, y: rect.y + 1 + i, role: .overlay, maxWidth: width - 4)
        }
    }

    static func renderHelp(_ state: AppState, filter: String, into grid: inout CellGrid) {
        let width = min(state.width - 4, 100)
        let height = state.height - 4
        let rect = Rect(x: (state.width - width) / 2, y: 1, width: width, height: height)
        grid.fill(rect, with: Cell(" ", role: .overlay))
        grid.box(rect, role: .overlayBorder, title: "Help — type to filter, Esc closes", titleRole: .overlayBorder)
        grid.put("filter: " + filter, x: rect.x + 2, y: rect.y + 1, role: .input, maxWidth: width - 4)
        let bindings = KeyBinding.matching(filter)
        let keyWidth = min(34, (bindings.map(\.keys.count).max() ?? 10) + 2)
        var y = rect.y + 3
        if bindings.isEmpty { grid.put("no key or command matches", x: rect.x + 2, y: y, role: .muted) }
        for binding in bindings {
            guard y < rect.maxY - 1 else { break }
            grid.put(binding.keys, x: rect.x + 2, y: y, role: .statusKey, maxWidth: keyWidth)
            let context = binding.pane.map { "[\($0.title)] " } ?? ""
            grid.put(
                context + binding.action, x: rect.x + 2 + keyWidth, y: y, role: .overlay, maxWidth: width - keyWidth - 4
            )
            y += 1
        }
    }
}
