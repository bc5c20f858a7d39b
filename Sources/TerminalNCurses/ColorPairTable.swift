import CNCurses
import HubSpokeTUI

/// The ncurses colour pair and attributes for each role of the current theme. Pairs are
/// allocated per distinct (foreground, background) combination, so a theme uses a few dozen
/// pairs at most; pair 0 is the terminal's default colours.
struct ColorPairTable {
    private(set) var attributes: [ColorRole: attr_t] = [:]
    private(set) var pairs: [ColorRole: Int16] = [:]

    init(theme: Theme, colorsAvailable: Bool) {
        var allocated: [RoleStyle: Int16] = [:]
        var nextPair: Int16 = 1
        let maxPairs = Int16(clamping: cnc_color_pairs())
        for role in ColorRole.allCases {
            let style = theme.style(for: role)
            attributes[role] = ColorPairTable.attributes(for: style.style)
            var pair: Int16 = 0
            if colorsAvailable, style.foreground != .terminalDefault || style.background != .terminalDefault {
                let key = RoleStyle(foreground: style.foreground, background: style.background)
                if let existing = allocated[key] {
                    pair = existing
                } else if nextPair < maxPairs {
                    init_pair(
                        nextPair, ColorPairTable.number(style.foreground), ColorPairTable.number(style.background))
                    allocated[key] = nextPair
                    pair = nextPair
                    nextPair += 1
                }
            }
            pairs[role] = pair
        }
    }

    static func attributes(for style: CellStyle) -> attr_t {
        var result: attr_t = 0
        if style.contains(.bold) { result |= cnc_a_bold() }
        if style.contains(.underline) { result |= cnc_a_underline() }
        if style.contains(.reverse) { result |= cnc_a_reverse() }
        if style.contains(.dim) { result |= cnc_a_dim() }
        return result
    }

    static func number(_ color: TerminalColor) -> Int16 {
        switch color {
        case .terminalDefault: -1
        case .ansi(let n): Int16(n)
        case .indexed(let n): Int16(n)
        }
    }
}
