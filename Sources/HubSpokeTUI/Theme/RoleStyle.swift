/// How a theme shows one ``ColorRole``: colours plus attributes.
public struct RoleStyle: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var style: CellStyle

    public init(
        foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
        style: CellStyle = []
    ) {
        self.foreground = foreground
        self.background = background
        self.style = style
    }
}
