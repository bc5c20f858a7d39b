/// Writing text that is not a design, such as a `:diagram` picture, injected like
/// ``DesignStorage`` so the TUI stays free of file I/O: the executable's storage also conforms
/// (atomic writes), and the runner finds it there.
public protocol TextFileStorage: Sendable {
    /// Writes atomically (temporary file, fsync, rename).
    func writeText(_ text: String, path: String) throws
}
