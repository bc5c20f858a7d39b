import Dispatch

/// What each of two threads produced (nil: that half could not be used). Each slot is
/// written by one thread and read after both have finished (`concurrentPerform` returns only
/// then), so a value that is not `Sendable` is only ever used by one thread at a time.
final class HalfResults<Half>: @unchecked Sendable {
    private var results: [Half?] = [nil, nil]
    private let lock = DispatchSemaphore(value: 1)

    func store(_ half: Int, _ result: Half) {
        lock.wait()
        results[half] = result
        lock.signal()
    }

    /// Moves the result out, so the caller holds its only copy: arrays in it can then grow
    /// in place instead of being copied element by element.
    func take(_ half: Int) -> Half? {
        lock.wait()
        defer { lock.signal() }
        return results[half].take()
    }
}
