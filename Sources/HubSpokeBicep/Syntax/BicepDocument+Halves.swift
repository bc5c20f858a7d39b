import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension BicepDocument {
    /// Below this size a file is lexed and parsed on the calling thread alone: a second thread
    /// costs more than it saves.
    static let halvesThreshold = 1_000_000

    /// Lexes and parses a large file as two halves on two threads, or returns nil (the caller
    /// then parses it the ordinary way). The cut is a new line near the middle that ends a line
    /// holding only `}` and is followed by a line starting with `resource`.
    ///
    /// The result is exactly the one-thread result, or nil. A line starting with `resource`
    /// cannot continue the declaration before it, and at the top level the lexer's and parser's
    /// only state is their position, so the halves are the one-thread parse when: the first
    /// half's lexer ends exactly at the cut with no brace or interpolation open, and both halves
    /// lex and parse without error (the first half as if the file ended at the cut). When a
    /// condition fails (the cut was inside a declaration, or the file has an error) nil sends
    /// the file to the one-thread parse, which also reports the right first error.
    static func parseInHalves(bytes: [UInt8], file: String) -> BicepDocument? {
        guard bytes.count >= halvesThreshold, bytes[0] != 0xEF, let cut = cutPoint(bytes) else { return nil }
        let halves = HalfResults()
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            do throws(BicepSyntaxError) {
                var lexer: BicepLexer
                if half == 0 {
                    lexer = BicepLexer(bytes: bytes, file: file)
                    lexer.reserveTokens(forBytes: cut)
                    try lexer.run(stoppingAt: cut)
                    guard lexer.index == cut, lexer.isAtTopLevel else { return }
                    lexer.endInputHere()
                } else {
                    // The cut is the new line after a line holding only `}`, which starts at cut - 1.
                    let line = lineNumber(of: cut - 1, in: bytes)
                    lexer = BicepLexer(bytes: bytes, file: file, start: cut, line: line, lineStart: cut - 1)
                    lexer.reserveTokens(forBytes: bytes.count - cut)
                    try lexer.run()
                }
                var parser = BicepParser(tokens: lexer.tokens, bytes: bytes, file: file)
                let declarations = try parser.parseDocument()
                halves.store(half, (declarations, lexer.comments))
            } catch {
                return
            }
        }
        guard let first = halves.take(0), let second = halves.take(1) else { return nil }
        return BicepDocument(
            file: file, declarations: first.declarations + second.declarations,
            comments: first.comments + second.comments, sourceBytes: bytes)
    }

    /// The offset of a `\n` near the middle that ends a line holding only `}` and is followed
    /// (after blank lines) by a line starting with `resource `.
    private static func cutPoint(_ bytes: [UInt8]) -> Int? {
        let resource = Array("resource ".utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            var i = max(2, buffer.count / 2)
            let limit = min(buffer.count - resource.count - 1, i + 500_000)
            while i < limit {
                defer { i += 1 }
                guard buffer[i] == 0x0A, buffer[i - 1] == UInt8(ascii: "}"), buffer[i - 2] == 0x0A else { continue }
                var next = i + 1
                while next < limit, buffer[next] == 0x0A { next += 1 }
                guard next + resource.count <= buffer.count else { return nil }
                if (0..<resource.count).allSatisfy({ buffer[next + $0] == resource[$0] }) { return i }
            }
            return nil
        }
    }

    /// The 1-based line of byte `offset`, counting line breaks as the lexer does (`\n`, `\r\n`, `\r`).
    ///
    /// The second half's thread counts the first half's lines before it can start lexing, so
    /// this is on the critical path: without a `\r` (the usual case) it counts `\n` bytes eight
    /// at a time instead of testing every byte.
    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let end = min(offset, buffer.count)
            guard let base = buffer.baseAddress, end > 0 else { return 1 }
            guard memchr(base, 0x0D, end) == nil else { return lineNumberByteByByte(of: end, in: buffer) }
            let raw = UnsafeRawPointer(base)
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
            var count = 0
            var i = 0
            while i + 8 <= end {
                // Exactly the high bit of each byte that is `\n`: zero bytes of `word ^ newlines`.
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ newlines
                count += (~(((x & low7) &+ low7) | x | low7)).nonzeroBitCount
                i += 8
            }
            while i < end {
                if buffer[i] == 0x0A { count += 1 }
                i += 1
            }
            return 1 + count
        }
    }

    /// The reference count, byte by byte; used when the text has carriage returns.
    static func lineNumberByteByByte(of offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        for i in 0..<min(offset, buffer.count) {
            let b = buffer[i]
            if b == 0x0A || (b == 0x0D && (i + 1 >= buffer.count || buffer[i + 1] != 0x0A)) { line += 1 }
        }
        return line
    }
}

/// What each half's thread produced (nil: that half could not be used). Each slot is written by
/// one thread and read after both have finished (`concurrentPerform` returns only then).
private final class HalfResults: @unchecked Sendable {
    typealias Half = (declarations: [BicepDeclaration], comments: [BicepComment])
    private var results: [Half?] = [nil, nil]
    private let lock = DispatchSemaphore(value: 1)

    func store(_ half: Int, _ result: Half) {
        lock.wait()
        results[half] = result
        lock.signal()
    }

    func take(_ half: Int) -> Half? {
        lock.wait()
        defer { lock.signal() }
        return results[half]
    }
}
