import Testing

@testable import HubSpokeBicep

/// Large files are parsed as two halves on two threads (`BicepParser+Halves.swift`); the result
/// and the first syntax error must be exactly those of the one-thread parse.
@Suite("Parsing large files in two halves")
struct ParserHalvesTests {
    /// About 230,000 tokens: above the threshold, so `BicepDocument.parse` splits it.
    static let large = BicepBenchmarkSource.generate(vnets: 300)

    static func sequential(_ text: String) -> Result<[BicepDeclaration], BicepSyntaxError> {
        let bytes = Array(text.utf8)
        do throws(BicepSyntaxError) {
            let tokens = try BicepLexer.tokenize(bytes, file: "big.bicep").tokens
            var parser = BicepParser(tokens: tokens, bytes: bytes, file: "big.bicep")
            return .success(try parser.parseDocument())
        } catch {
            return .failure(error)
        }
    }

    static func halves(_ text: String) -> Result<[BicepDeclaration], BicepSyntaxError> {
        do throws(BicepSyntaxError) {
            return .success(try BicepDocument.parse(text, file: "big.bicep").declarations)
        } catch {
            return .failure(error)
        }
    }

    static func tokenCount(_ text: String) throws -> Int {
        try BicepLexer.tokenize(Array(text.utf8), file: "big.bicep").tokens.count
    }

    @Test func largeFileIsSplitAndParsesToTheSameDeclarations() throws {
        #expect(try Self.tokenCount(Self.large) >= BicepParser.halvesThreshold)
        let halves = try Self.halves(Self.large).get()
        #expect(halves.count == 6 + 5 * 300 + 1)
        #expect(halves == (try Self.sequential(Self.large).get()))
    }

    /// Errors near the start, just after the middle and at the end: the same first error.
    @Test(arguments: [0.1, 0.55, 0.999])
    func syntaxErrorIsTheSequentialOne(at fraction: Double) {
        var bytes = Array(Self.large.utf8)
        var offset = Int(Double(bytes.count) * fraction)
        while bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
        bytes.insert(contentsOf: Array("\n  priority: )".utf8), at: offset)
        let text = String(decoding: bytes, as: UTF8.self)
        guard case .failure(let expected) = Self.sequential(text) else {
            Issue.record("the damaged file parsed")
            return
        }
        #expect(Self.halves(text) == .failure(expected))
    }

    /// Every `}` + new line + `resource` in column 1 here is inside a variable's object (a
    /// property named `resource`), so the first half runs past the split and parsing must go on
    /// from where it ended.
    @Test func splitInsideADeclarationFallsBackToOneThread() throws {
        var text = ""
        for i in 0..<16_000 { text += "var v\(i) = {\n  a: {\n}\nresource: \(i)\n}\n" }
        #expect(try Self.tokenCount(text) >= BicepParser.halvesThreshold)
        let halves = try Self.halves(text).get()
        #expect(halves.count == 16_000)
        #expect(halves == (try Self.sequential(text).get()))
    }
}
