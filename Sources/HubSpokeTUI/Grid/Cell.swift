/// One screen position. Views choose a ``ColorRole`` (what the text means) rather than a colour,
/// so the theme alone decides foreground, background and default attributes; `style` adds
/// attributes on top of the theme's (for example bold for a focused title).
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds the character and the
/// second is a continuation cell that the backend skips.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var role: ColorRole
    public var style: CellStyle
    /// True for the right half of a double-width character drawn in the cell to the left.
    public var isContinuation: Bool

    public init(
        _ character: Character = " ", role: ColorRole = .normal, style: CellStyle = [], isContinuation: Bool = false
    ) {
        self.character = character
        self.role = role
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
