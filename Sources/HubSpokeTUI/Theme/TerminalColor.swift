/// A colour as a terminal understands it: the terminal's default, one of the 16 ANSI colours,
/// or an index into the 256-colour palette.
public enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    /// 0-7 normal, 8-15 bright (black, red, green, yellow, blue, magenta, cyan, white).
    case ansi(UInt8)
    case indexed(UInt8)

    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    ]

    /// Parses `default`, a colour name (`red`, `bright-red`), `colorN` or a bare number 0-255.
    public init?(parsing text: String) {
        let lower = text.lowercased()
        if lower == "default" {
            self = .terminalDefault
            return
        }
        if let index = TerminalColor.names.firstIndex(of: lower) {
            self = .ansi(UInt8(index))
            return
        }
        if lower.hasPrefix("bright-"), let index = TerminalColor.names.firstIndex(of: String(lower.dropFirst(7))) {
            self = .ansi(UInt8(index + 8))
            return
        }
        let digits = lower.hasPrefix("color") ? String(lower.dropFirst(5)) : lower
        if let number = Int(digits), (0...255).contains(number) {
            self = number < 16 ? .ansi(UInt8(number)) : .indexed(UInt8(number))
            return
        }
        return nil
    }

    /// The colour as it is written in a theme file.
    public var name: String {
        switch self {
        case .terminalDefault: "default"
        case .ansi(let n) where n < 8: TerminalColor.names[Int(n)]
        case .ansi(let n): "bright-" + TerminalColor.names[Int(n) - 8]
        case .indexed(let n): "color\(n)"
        }
    }

    /// The nearest colour a terminal with only `colors` colours can show. 256-palette entries
    /// map to the closest of the 16 ANSI colours (cube and grey ramp by their RGB values);
    /// on 8-colour terminals bright colours fall back to their normal twins.
    public func fitted(toColorCount colors: Int) -> TerminalColor {
        switch self {
        case .terminalDefault:
            return self
        case .ansi(let n):
            return colors >= 16 || n < 8 ? self : .ansi(n - 8)
        case .indexed(let n):
            if colors >= 256 { return self }
            let nearest = TerminalColor.nearestANSI(toPaletteIndex: n)
            return TerminalColor.ansi(nearest).fitted(toColorCount: colors)
        }
    }

    private static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func rgb(ofPaletteIndex n: UInt8) -> (Int, Int, Int) {
        let index = Int(n)
        if index < 16 { return ansiRGB[index] }
        if index >= 232 {
            let level = 8 + (index - 232) * 10
            return (level, level, level)
        }
        let cube = index - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
    }

    static func nearestANSI(toPaletteIndex n: UInt8) -> UInt8 {
        let (r, g, b) = rgb(ofPaletteIndex: n)
        var best = 0
        var bestDistance = Int.max
        for (i, (ar, ag, ab)) in ansiRGB.enumerated() {
            let distance = (r - ar) * (r - ar) + (g - ag) * (g - ag) + (b - ab) * (b - ab)
            if distance < bestDistance {
                best = i
                bestDistance = distance
            }
        }
        return UInt8(best)
    }
}
