/// What a piece of text means on screen. Views pick roles; themes map roles to colours and
/// attributes. The raw values are the keys used in theme files (see Themes/README.md).
public enum ColorRole: String, CaseIterable, Hashable, Sendable, Codable {
    case normal
    case muted
    case border
    case borderFocused = "border-focused"
    case title
    case titleFocused = "title-focused"
    case selection
    case selectionInactive = "selection-inactive"
    case header
    case prefix
    case hub
    case spoke
    case edge
    case error
    case warning
    case info
    case ok
    case statusBar = "status-bar"
    case statusKey = "status-key"
    case commandLine = "command-line"
    case input
    case inputError = "input-error"
    case overlay
    case overlayBorder = "overlay-border"
    case match
    case flagOn = "flag-on"
    case flagOff = "flag-off"
}
