import Dispatch

extension BicepParser {
    /// Below this many tokens a file is parsed on the calling thread alone: a second thread
    /// costs more than it saves.
    static let halvesThreshold = 200_000

    /// Parses a whole file. Large files are parsed as two halves on two threads, split at a
    /// new line that starts a top-level `resource` declaration near the middle.
    ///
    /// The result is exactly the sequential one. At the top level the parser's only state is its
    /// token index, so the first half is the sequential parse up to the split; if it does not end
    /// exactly there (the guess was inside a declaration), parsing continues sequentially from
    /// where it ended. A syntax error in the first half is reported before one in the second,
    /// which is what the sequential parser would have met first.
    static func parseDocument(tokens: [BicepToken], bytes: [UInt8], file: String) throws(BicepSyntaxError)
        -> [BicepDeclaration]
    {
        guard tokens.count >= halvesThreshold, let split = splitPoint(tokens, bytes) else {
            var parser = BicepParser(tokens: tokens, bytes: bytes, file: file)
            return try parser.parseDocument()
        }
        let halves = HalfResults()
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            var parser = BicepParser(tokens: tokens, bytes: bytes, file: file, startIndex: half == 0 ? 0 : split)
            do throws(BicepSyntaxError) {
                let declarations = try parser.parseDocument(stoppingAt: half == 0 ? split : .max)
                halves.store(half, .success((declarations, parser.index)))
            } catch {
                halves.store(half, .failure(error))
            }
        }
        let (first, firstEnd) = try halves.take(0).get()
        if firstEnd == split {
            return first + (try halves.take(1).get().declarations)
        }
        // The split was not a declaration boundary after all: go on from where the first half ended.
        var parser = BicepParser(tokens: tokens, bytes: bytes, file: file, startIndex: firstEnd)
        return first + (try parser.parseDocument())
    }

    /// A new-line token near the middle whose next line starts with `resource` in column 1,
    /// right after a line that closes a body with `}` in column 1: almost always the gap between
    /// two top-level declarations (and harmless when it is not, see `parseDocument`).
    private static func splitPoint(_ tokens: [BicepToken], _ bytes: [UInt8]) -> Int? {
        let resource = Array("resource".utf8)
        var i = tokens.count / 2
        let limit = min(tokens.count - 2, i + 50_000)
        while i < limit {
            defer { i += 1 }
            guard tokens[i].kind == .newline, tokens[i - 1].kind == .rightBrace, tokens[i - 1].column == 1 else {
                continue
            }
            let next = tokens[i + 1]
            guard next.kind == .identifier, next.column == 1, Int(next.end - next.start) == resource.count else {
                continue
            }
            if bytes[Int(next.start)..<Int(next.end)].elementsEqual(resource) { return i }
        }
        return nil
    }
}

/// What each half's thread produced; each slot is written by one thread and read after both
/// have finished (`concurrentPerform` returns only then).
private final class HalfResults: @unchecked Sendable {
    typealias Half = Result<(declarations: [BicepDeclaration], end: Int), BicepSyntaxError>
    private var results: [Half?] = [nil, nil]
    private let lock = DispatchSemaphore(value: 1)

    func store(_ half: Int, _ result: Half) {
        lock.wait()
        results[half] = result
        lock.signal()
    }

    func take(_ half: Int) -> Half {
        lock.wait()
        defer { lock.signal() }
        return results[half]!
    }
}
