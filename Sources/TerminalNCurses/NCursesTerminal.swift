import CNCurses
import Glibc
import HubSpokeTUI

/// The only code in hubspoke that talks to ncurses. It shows ``CellGrid`` frames, sending only
/// the cells that changed since the previous frame, and turns keys, mouse events, resizes and
/// termination signals into ``InputEvent`` values.
///
/// Every way out restores the terminal: `shutdown()` (normal quit and errors caught by the
/// caller), an `atexit` hook for `exit()` from anywhere, termination signals delivered as
/// `.signal` events so the loop can shut down on the main thread, and a crash handler that
/// restores with async-signal-safe calls before the runtime reports the crash.
public final class NCursesTerminal: TerminalBackend {
    private var previous: CellGrid?
    private var pairTable: ColorPairTable
    private var isShutDown = false
    private let hasColors: Bool
    public let colorCount: Int

    /// Initialises the terminal. Call once; the terminal is in full-screen mode afterwards.
    public init(theme: Theme) {
        setlocale(LC_ALL, "")
        TerminationSignals.install()
        CrashRestore.install()
        initscr()
        atexit {
            if !isendwin() { endwin() }
        }
        raw()
        noecho()
        nonl()
        keypad(cnc_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        hasColors = has_colors()
        if hasColors {
            start_color()
            use_default_colors()
            colorCount = Int(cnc_colors())
        } else {
            colorCount = 0
        }
        mousemask(cnc_all_mouse_events(), nil)
        mouseinterval(0)
        timeout(100)
        pairTable = ColorPairTable(theme: theme.fitted(toColorCount: colorCount), colorsAvailable: hasColors)
    }

    deinit { shutdown() }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(cnc_stdscr())), Int(getmaxy(cnc_stdscr())))
    }

    public func apply(_ theme: Theme) {
        pairTable = ColorPairTable(theme: theme.fitted(toColorCount: colorCount), colorsAvailable: hasColors)
        previous = nil
    }

    public func draw(_ grid: CellGrid, cursor: (x: Int, y: Int)?) {
        guard !isShutDown else { return }
        let fullRedraw = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
        if fullRedraw { erase() }
        for y in 0..<grid.height {
            var x = 0
            while x < grid.width {
                let cell = grid[x, y]
                let changed = fullRedraw || previous.map { $0[x, y] != cell } ?? true
                if changed {
                    if cell.isContinuation {
                        if x > 0 { put(grid[x - 1, y], x: x - 1, y: y) }
                    } else {
                        put(cell, x: x, y: y)
                    }
                }
                x += 1
            }
        }
        previous = grid
        if let cursor {
            curs_set(1)
            move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        refresh()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let role = cell.role
        let attributes = (pairTable.attributes[role] ?? 0) | ColorPairTable.attributes(for: cell.style)
        let pair = pairTable.pairs[role] ?? 0
        var wide = cell.character.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        var complex = cchar_t()
        setcchar(&complex, &wide, attributes, pair, nil)
        mvadd_wch(Int32(y), Int32(x), &complex)
    }

    public func nextEvent(timeoutMilliseconds: Int32) -> InputEvent {
        if let signalNumber = TerminationSignals.take() { return .signal(signalNumber) }
        timeout(timeoutMilliseconds)
        var value: wint_t = 0
        let status = get_wch(&value)
        if let signalNumber = TerminationSignals.take() { return .signal(signalNumber) }
        if status == ERR { return .tick }
        if status == KEY_CODE_YES {
            let code = Int32(value)
            if code == KEY_RESIZE {
                previous = nil
                let (width, height) = size
                return .resize(width: width, height: height)
            }
            if code == KEY_MOUSE {
                var event = MEVENT()
                guard getmouse(&event) == OK, let mouse = KeyDecoder.decodeMouse(event) else { return .tick }
                return .mouse(mouse)
            }
            return KeyDecoder.decodeKeyCode(code).map(InputEvent.key) ?? .tick
        }
        return KeyDecoder.decodeCharacter(UInt32(value)).map(InputEvent.key) ?? .tick
    }

    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        if !isendwin() { endwin() }
    }
}
