/// A mapping from every ``ColorRole`` to colours and attributes. Roles a theme file leaves out
/// take the `normal` role's style, so a theme can be short.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [ColorRole: RoleStyle]
    /// True when the theme uses no colour at all (monochrome, `NO_COLOR`).
    public var isMonochrome: Bool {
        styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault }
    }

    public init(name: String, styles: [ColorRole: RoleStyle]) {
        self.name = name
        self.styles = styles
    }

    public func style(for role: ColorRole) -> RoleStyle {
        styles[role] ?? styles[.normal] ?? RoleStyle()
    }

    /// The same theme with every colour fitted to a terminal that has `colors` colours
    /// (fewer than 8 means no colour: attributes only).
    public func fitted(toColorCount colors: Int) -> Theme {
        var copy = self
        for (role, style) in styles {
            var fitted = style
            if colors < 8 {
                fitted.foreground = .terminalDefault
                fitted.background = .terminalDefault
            } else {
                fitted.foreground = style.foreground.fitted(toColorCount: colors)
                fitted.background = style.background.fitted(toColorCount: colors)
            }
            copy.styles[role] = fitted
        }
        return copy
    }
}
