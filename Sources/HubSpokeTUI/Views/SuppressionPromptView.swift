/// The reason prompt of `s` in the validation pane, drawn over the panes with the text cursor
/// in the input, and the refusal (an empty reason) under it.
public enum SuppressionPromptView {
    public static func render(_ prompt: SuppressionPrompt, state: AppState, into frame: inout Frame) {
        let width = min(state.width - 4, 90)
        let rect = Rect(x: (state.width - width) / 2, y: max(0, (state.height - 8) / 2), width: width, height: 8)
        frame.grid.fill(rect, with: Cell(" ", role: .overlay))
        frame.grid.box(rect, role: .overlayBorder, title: "Suppress \(prompt.rule)", titleRole: .overlayBorder)
        let x = rect.x + 2
        let textWidth = width - 4
        frame.grid.put("\(prompt.rule) on \(prompt.path)", x: x, y: rect.y + 1, role: .overlay, maxWidth: textWidth)
        frame.grid.put(
            "Why is it accepted? The reason is exported above the resource.", x: x, y: rect.y + 2, role: .muted,
            maxWidth: textWidth)
        let label = "Reason: "
        frame.grid.put(label, x: x, y: rect.y + 4, role: .overlay, style: .bold)
        let inputX = x + label.count
        frame.grid.put(prompt.input.text, x: inputX, y: rect.y + 4, role: .input, maxWidth: rect.maxX - 2 - inputX)
        frame.cursorX = min(rect.maxX - 3, inputX + String(prompt.input.text.prefix(prompt.input.cursor)).terminalWidth)
        frame.cursorY = rect.y + 4
        if let error = prompt.input.error {
            frame.grid.put(error, x: x, y: rect.y + 5, role: .inputError, maxWidth: textWidth)
        }
        frame.grid.put("Enter suppress   Esc cancel", x: x, y: rect.y + 6, role: .muted, maxWidth: textWidth)
    }
}
