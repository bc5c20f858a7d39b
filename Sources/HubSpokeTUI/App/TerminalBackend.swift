/// What the app loop needs from a terminal. The ncurses backend (target TerminalNCurses) is the
/// real one; tests drive the loop with a scripted backend and read the grids it was given.
public protocol TerminalBackend: AnyObject {
    /// Current size in cells.
    var size: (width: Int, height: Int) { get }
    /// Number of colours the terminal supports (0 when it has none).
    var colorCount: Int { get }
    /// Uses `theme` for every following frame (forces a full redraw).
    func apply(_ theme: Theme)
    /// Shows `grid`, sending only what changed since the last frame; `cursor` shows the text
    /// cursor there (for the command line and field editors), nil hides it.
    func draw(_ grid: CellGrid, cursor: (x: Int, y: Int)?)
    /// Waits up to `timeoutMilliseconds` for the next event; `.tick` when none came.
    func nextEvent(timeoutMilliseconds: Int32) -> InputEvent
    /// Restores the terminal (cooked mode, main screen, cursor visible). Safe to call twice.
    func shutdown()
}
