import Glibc
import Synchronization

/// The termination signal that arrived last (0 when none). A signal handler may only do
/// async-signal-safe work, so it stores the number here and the UI loop, which polls every
/// 100 ms, restores the terminal on the main thread and exits with 128 + signal.
let pendingTerminationSignal = Atomic<Int32>(0)

/// Handlers for SIGINT, SIGTERM and SIGHUP that only record the signal. Installed before
/// `initscr` so ncurses sees them and does not install its own (which would exit with 1).
enum TerminationSignals {
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    static func install() {
        for signalNumber in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                pendingTerminationSignal.store(received, ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signalNumber, &action, nil)
        }
    }

    /// Takes the pending signal, if any.
    static func take() -> Int32? {
        let value = pendingTerminationSignal.exchange(0, ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
