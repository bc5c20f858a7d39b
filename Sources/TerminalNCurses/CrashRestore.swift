import Glibc

/// Terminal modes saved before `initscr`, restored by the crash handler.
nonisolated(unsafe) var savedTerminalModes = termios()
nonisolated(unsafe) var savedTerminalModesValid = false
/// The handlers that were installed before ours (the Swift runtime's backtracer), so a crash
/// still prints its backtrace after the terminal is back to normal.
/// A raw buffer, not an array: the handler must not touch reference counts or allocate.
nonisolated(unsafe) let previousCrashActions: UnsafeMutablePointer<sigaction> = {
    let buffer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    buffer.initialize(repeating: sigaction(), count: 65)
    return buffer
}()
/// Turns off mouse reporting, resets attributes, shows the cursor and leaves the alternate
/// screen: what `endwin` would do, as bytes a signal handler can `write` (xterm-compatible).
let crashRestoreSequence: StaticString =
    "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"

/// A crash (a trap from `fatalError` or a failed precondition, a bad access) cannot be caught in
/// Swift, but a signal handler can put the terminal back with async-signal-safe calls only,
/// then reinstall the previous handler and return so the fault happens again and is reported.
enum CrashRestore {
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]

    static func install() {
        if tcgetattr(0, &savedTerminalModes) == 0 { savedTerminalModesValid = true }
        for signalNumber in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { received, info, _ in
                _ = write(1, crashRestoreSequence.utf8Start, crashRestoreSequence.utf8CodeUnitCount)
                if savedTerminalModesValid { _ = tcsetattr(0, TCSANOW, &savedTerminalModes) }
                // A fault re-executes and raises the signal again into the previous handler
                // (the Swift runtime's crash report). abort() in this process is re-raised into
                // it too. A signal another process sent is not a crash: die of it as the
                // default action would.
                let sentByUser = (info?.pointee.si_code ?? 1) <= 0
                let sender = info?.pointee._sifields._kill.si_pid ?? 0
                if sentByUser && sender != getpid() {
                    var defaultAction = sigaction()
                    defaultAction.__sigaction_handler.sa_handler = SIG_DFL
                    _ = sigaction(received, &defaultAction, nil)
                    raise(received)
                    return
                }
                _ = sigaction(received, previousCrashActions + Int(received), nil)
                if sentByUser { raise(received) }
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_SIGINFO
            _ = sigaction(signalNumber, &action, previousCrashActions + Int(signalNumber))
        }
    }
}
