/// Reads the plain-text theme format documented in Themes/README.md:
///
/// ```
/// # comment
/// name = dark
/// error = bright-red bold
/// selection = black on cyan
/// ```
///
/// Each role line is `ROLE = [FOREGROUND] [on BACKGROUND] [bold] [underline] [reverse] [dim]`.
/// Unknown roles, colours or attributes are errors with the line number, never silently ignored,
/// because a typo in a theme would otherwise show up as a puzzling colour much later.
public enum ThemeFile {
    public static func parse(_ text: String, fileName: String) throws(ThemeParseError) -> Theme {
        var name = fileName
        var styles: [ColorRole: RoleStyle] = [:]
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw ThemeParseError(
                    fileName: fileName, line: lineNumber, message: "expected 'ROLE = COLOUR ...', found '\(trimmed)'")
            }
            let key = trimmed[..<equals].trimmingWhitespace().lowercased()
            let value = trimmed[trimmed.index(after: equals)...].trimmingWhitespace()
            if key == "name" {
                guard !value.isEmpty else {
                    throw ThemeParseError(fileName: fileName, line: lineNumber, message: "'name' needs a value")
                }
                name = value
                continue
            }
            guard let role = ColorRole(rawValue: key) else {
                let known = ColorRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeParseError(
                    fileName: fileName, line: lineNumber, message: "unknown role '\(key)'; known roles: name, \(known)")
            }
            if styles[role] != nil {
                throw ThemeParseError(fileName: fileName, line: lineNumber, message: "role '\(key)' is set twice")
            }
            styles[role] = try parseStyle(value, fileName: fileName, line: lineNumber)
        }
        if styles[.normal] == nil { styles[.normal] = RoleStyle() }
        return Theme(name: name, styles: styles)
    }

    static func parseStyle(_ value: String, fileName: String, line: Int) throws(ThemeParseError) -> RoleStyle {
        var style = RoleStyle()
        var sawForeground = false
        var expectBackground = false
        var sawBackground = false
        for word in value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map({ $0.lowercased() }) {
            if expectBackground {
                guard let color = TerminalColor(parsing: word) else {
                    throw ThemeParseError(fileName: fileName, line: line, message: unknownColor(word))
                }
                style.background = color
                expectBackground = false
                sawBackground = true
                continue
            }
            switch word {
            case "bold": style.style.insert(.bold)
            case "underline": style.style.insert(.underline)
            case "reverse": style.style.insert(.reverse)
            case "dim": style.style.insert(.dim)
            case "on":
                guard !sawBackground else {
                    throw ThemeParseError(fileName: fileName, line: line, message: "background given twice")
                }
                expectBackground = true
            default:
                guard !sawForeground, !sawBackground else {
                    throw ThemeParseError(
                        fileName: fileName, line: line,
                        message: "unexpected '\(word)'; write 'FOREGROUND on BACKGROUND' then attributes")
                }
                guard let color = TerminalColor(parsing: word) else {
                    throw ThemeParseError(fileName: fileName, line: line, message: unknownColor(word))
                }
                style.foreground = color
                sawForeground = true
            }
        }
        if expectBackground {
            throw ThemeParseError(
                fileName: fileName, line: line, message: "'on' must be followed by a background colour")
        }
        return style
    }

    private static func unknownColor(_ word: String) -> String {
        "unknown colour '\(word)'; expected default, a name (red, bright-red, ...), colorN or 0-255"
    }

    /// The theme written back in the file format (used to keep Themes/ and the built-ins in step).
    public static func render(_ theme: Theme) -> String {
        var lines = ["name = \(theme.name)"]
        for role in ColorRole.allCases {
            guard let style = theme.styles[role] else { continue }
            var words: [String] = []
            if style.foreground != .terminalDefault || style.background != .terminalDefault {
                words.append(style.foreground.name)
            }
            if style.background != .terminalDefault { words += ["on", style.background.name] }
            if style.style.contains(.bold) { words.append("bold") }
            if style.style.contains(.underline) { words.append("underline") }
            if style.style.contains(.reverse) { words.append("reverse") }
            if style.style.contains(.dim) { words.append("dim") }
            lines.append("\(role.rawValue) = \(words.isEmpty ? "default" : words.joined(separator: " "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
