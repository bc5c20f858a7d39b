/// One key press with its modifiers, e.g. `KeyEvent(.character("r"), .control)` for Ctrl-R.
public struct KeyEvent: Hashable, Sendable, CustomStringConvertible {
    public var key: Key
    public var modifiers: KeyModifiers

    public init(_ key: Key, _ modifiers: KeyModifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    public static func char(_ c: Character) -> KeyEvent { KeyEvent(.character(c)) }
    public static func ctrl(_ c: Character) -> KeyEvent { KeyEvent(.character(c), .control) }

    /// Human-readable name as used in key hints and help (`Ctrl-S`, `Shift-Tab`, `Enter`).
    public var description: String {
        var prefix = ""
        if modifiers.contains(.control) { prefix += "Ctrl-" }
        if modifiers.contains(.alt) { prefix += "Alt-" }
        if modifiers.contains(.shift) { prefix += "Shift-" }
        switch key {
        case .character(" "): return prefix + "Space"
        case .character(let c): return prefix + (modifiers.contains(.control) ? c.uppercased() : String(c))
        case .up: return prefix + "Up"
        case .down: return prefix + "Down"
        case .left: return prefix + "Left"
        case .right: return prefix + "Right"
        case .home: return prefix + "Home"
        case .end: return prefix + "End"
        case .pageUp: return prefix + "PgUp"
        case .pageDown: return prefix + "PgDn"
        case .enter: return prefix + "Enter"
        case .escape: return prefix + "Esc"
        case .tab: return prefix + "Tab"
        case .backTab: return prefix + "Shift-Tab"
        case .backspace: return prefix + "Backspace"
        case .delete: return prefix + "Del"
        case .insert: return prefix + "Ins"
        case .function(let n): return prefix + "F\(n)"
        }
    }
}
