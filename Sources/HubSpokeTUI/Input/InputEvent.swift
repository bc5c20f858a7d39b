/// Everything the terminal can tell the app: a key, a mouse event, a new size, a termination
/// signal that arrived (delivered as an event so the loop restores the terminal itself), or a
/// tick when nothing happened within the poll interval (used for periodic work such as
/// recovery files).
public enum InputEvent: Hashable, Sendable {
    case key(KeyEvent)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    case signal(Int32)
    case tick
}
