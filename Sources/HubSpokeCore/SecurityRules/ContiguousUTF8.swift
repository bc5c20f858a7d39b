extension String {
    /// Runs `body` over the string's UTF-8 bytes as one buffer. Validation reads every port,
    /// address and name of every rule; iterating `utf8` byte by byte through its generic index
    /// costs several times more than reading a buffer, so the per-value scanners use this.
    @inline(__always)
    func withUTF8Buffer<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
