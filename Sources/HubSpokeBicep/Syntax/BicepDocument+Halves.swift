import Dispatch

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
        let halves = HalfResults<(declarations: [BicepDeclaration], comments: [BicepComment])>()
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
        guard var first = halves.take(0), let second = halves.take(1) else { return nil }
        // In place: `take` moved the first half's arrays out, so nothing is copied twice.
        first.declarations.append(contentsOf: second.declarations)
        first.comments.append(contentsOf: second.comments)
        return BicepDocument(file: file, declarations: first.declarations, comments: first.comments, sourceBytes: bytes)
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
    /// this is on the critical path: it counts `\n` bytes eight at a time, and falls back to
    /// testing every byte at the first `\r` (which may start a `\r\n` pair).
    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let end = min(offset, buffer.count)
            guard let base = buffer.baseAddress else { return 1 }
            let raw = UnsafeRawPointer(base)
            var count = 0
            var i = 0
            while i + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if matchingBytes(in: word, equalTo: 0x0D) != 0 { return lineNumberByteByByte(of: end, in: buffer) }
                count += matchingBytes(in: word, equalTo: 0x0A).nonzeroBitCount
                i += 8
            }
            while i < end {
                if buffer[i] == 0x0D { return lineNumberByteByByte(of: end, in: buffer) }
                if buffer[i] == 0x0A { count += 1 }
                i += 1
            }
            return 1 + count
        }
    }

    /// The high bit of each byte of `word` that equals `byte`, and no other bit: the exact
    /// zero-byte test on `word ^ byte…byte` (the shorter `haszero` trick can also flag the
    /// byte after a match).
    private static func matchingBytes(in word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~(((x & low7) &+ low7) | x | low7)
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
