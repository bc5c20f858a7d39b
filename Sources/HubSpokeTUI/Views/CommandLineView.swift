/// The bottom line: the `:` command palette or `/` filter being typed (with the cursor), the
/// completion candidates or the refusal reason, or the last message.
public enum CommandLineView {
    public static func render(_ state: AppState, into frame: inout Frame, rect: Rect) {
        let y = rect.y
        switch state.mode {
        case .command(let input):
            draw(prefix: ":", input, into: &frame, rect: rect)
        case .filter(let input):
            draw(prefix: "/", input, into: &frame, rect: rect)
        case .askSavePath(let input, _):
            draw(prefix: "Save as: ", input, into: &frame, rect: rect)
        case .securityFlowQuery(_, let input):
            draw(prefix: "Which rule decides? ", input, into: &frame, rect: rect)
        default:
            if let message = state.message {
                frame.grid.put(
                    message.text, x: rect.x, y: y, role: message.kind == .error ? .error : .normal, maxWidth: rect.width
                )
            }
        }
    }

    static func draw(prefix: String, _ input: LineInput, into frame: inout Frame, rect: Rect) {
        var x = rect.x
        x += frame.grid.put(prefix, x: x, y: rect.y, role: .commandLine, style: .bold)
        let beforeCursor = String(input.text.prefix(input.cursor))
        frame.grid.put(input.text, x: x, y: rect.y, role: .commandLine, maxWidth: rect.maxX - x)
        frame.cursorX = min(rect.maxX - 1, x + beforeCursor.terminalWidth)
        frame.cursorY = rect.y
        if let error = input.error {
            let errorX = x + input.text.terminalWidth + 3
            if errorX < rect.maxX - 4 {
                frame.grid.put(error, x: errorX, y: rect.y, role: .muted, maxWidth: rect.maxX - errorX)
            }
        }
    }
}
