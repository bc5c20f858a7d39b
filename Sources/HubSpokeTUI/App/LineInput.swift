/// A one-line text input (command line, filter, field editor) with a cursor and, when the last
/// attempt was refused, the reason shown next to it.
public struct LineInput: Hashable, Sendable {
    public var text: String
    /// Cursor position in characters.
    public var cursor: Int
    public var error: String?

    public init(_ text: String = "", error: String? = nil) {
        self.text = text
        self.cursor = text.count
        self.error = error
    }

    /// Applies an editing key; returns false when the key is not an editing key.
    public mutating func handle(_ event: KeyEvent) -> Bool {
        switch (event.key, event.modifiers) {
        case (.character(let c), []), (.character(let c), .shift):
            let index = text.index(text.startIndex, offsetBy: cursor)
            text.insert(c, at: index)
            cursor += 1
        case (.backspace, _), (.character("h"), .control):
            guard cursor > 0 else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: index)
            cursor -= 1
        case (.delete, _):
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case (.left, _): cursor = max(0, cursor - 1)
        case (.right, _): cursor = min(text.count, cursor + 1)
        case (.home, _), (.character("a"), .control): cursor = 0
        case (.end, _), (.character("e"), .control): cursor = text.count
        case (.character("u"), .control):
            text = String(text.dropFirst(cursor))
            cursor = 0
        case (.character("w"), .control):
            var prefix = String(text.prefix(cursor))
            let suffix = String(text.dropFirst(cursor))
            while prefix.last == " " { prefix.removeLast() }
            while let last = prefix.last, last != " " { prefix.removeLast() }
            text = prefix + suffix
            cursor = prefix.count
        default:
            return false
        }
        error = nil
        return true
    }
}
