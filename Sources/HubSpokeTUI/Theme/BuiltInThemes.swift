/// The shipped themes compiled in, so hubspoke works without the Themes/ folder. The text is
/// identical to Themes/NAME.theme (a test compares them); edit both together.
public enum BuiltInThemes {
    /// Theme names in the order shown by `:theme` completion.
    public static let names = ["dark", "light", "high-contrast", "monochrome"]

    /// The theme file text for a built-in theme name.
    public static func source(named name: String) -> String? {
        switch name {
        case "dark":
            return """
                # hubspoke dark theme (the default): light text on the terminal's own dark background.
                name = dark
                normal = default
                muted = color245
                border = color240
                border-focused = cyan bold
                title = color250
                title-focused = bright-cyan bold
                selection = black on cyan
                selection-inactive = default on color237
                header = bright-white bold
                prefix = color109
                hub = bright-yellow bold
                spoke = bright-blue bold
                edge = color244
                error = bright-red bold
                warning = yellow bold
                info = cyan
                ok = green
                status-bar = color252 on color236
                status-key = bright-yellow on color236 bold
                command-line = bright-white
                input = bright-white on color238
                input-error = bright-white on red bold
                overlay = default on color235
                overlay-border = bright-cyan on color235
                match = bright-yellow underline
                flag-on = bright-green bold
                flag-off = color242

                """
        case "light":
            return """
                # hubspoke light theme: dark text for terminals with a light background.
                name = light
                normal = default
                muted = color242
                border = color248
                border-focused = blue bold
                title = color238
                title-focused = blue bold
                selection = white on blue
                selection-inactive = default on color253
                header = black bold
                prefix = color24
                hub = color130 bold
                spoke = blue bold
                edge = color244
                error = red bold
                warning = color130 bold
                info = color25
                ok = color28
                status-bar = color235 on color252
                status-key = color18 on color252 bold
                command-line = black
                input = black on color254
                input-error = white on red bold
                overlay = default on color255
                overlay-border = blue on color255
                match = color127 underline
                flag-on = color28 bold
                flag-off = color246

                """
        case "high-contrast":
            return """
                # hubspoke high-contrast theme: only the 16 ANSI colours at full strength, bold everywhere
                # it helps, for low vision and bright rooms.
                name = high-contrast
                normal = bright-white on black
                muted = white on black
                border = bright-white on black
                border-focused = bright-yellow on black bold
                title = bright-white on black bold
                title-focused = black on bright-yellow bold
                selection = black on bright-white bold
                selection-inactive = bright-white on blue
                header = bright-white on black bold underline
                prefix = bright-cyan on black
                hub = bright-yellow on black bold
                spoke = bright-cyan on black bold
                edge = bright-white on black
                error = bright-white on red bold
                warning = black on bright-yellow bold
                info = bright-cyan on black bold
                ok = bright-green on black bold
                status-bar = black on bright-white
                status-key = black on bright-yellow bold
                command-line = bright-white on black bold
                input = black on bright-white
                input-error = bright-white on red bold
                overlay = bright-white on black
                overlay-border = bright-yellow on black bold
                match = black on bright-green bold
                flag-on = black on bright-green bold
                flag-off = bright-white on black

                """
        case "monochrome":
            return """
                # hubspoke monochrome theme: no colour at all, attributes only. Used for NO_COLOR and for
                # terminals without colour support; every meaning stays visible through glyphs and attributes.
                name = monochrome
                normal = default
                muted = dim
                border = default
                border-focused = bold
                title = default
                title-focused = bold reverse
                selection = reverse
                selection-inactive = underline
                header = bold
                prefix = default
                hub = bold
                spoke = bold
                edge = default
                error = bold
                warning = bold
                info = default
                ok = default
                status-bar = reverse
                status-key = reverse bold
                command-line = bold
                input = underline
                input-error = reverse bold
                overlay = default
                overlay-border = bold
                match = underline
                flag-on = bold
                flag-off = dim

                """
        default:
            return nil
        }
    }

    /// A built-in theme, parsed. The built-in texts are tested to parse, so this never fails for `names`.
    public static func theme(named name: String) -> Theme? {
        guard let text = source(named: name) else { return nil }
        return try? ThemeFile.parse(text, fileName: "\(name).theme")
    }

    public static var dark: Theme { theme(named: "dark")! }
    public static var monochrome: Theme { theme(named: "monochrome")! }
}
