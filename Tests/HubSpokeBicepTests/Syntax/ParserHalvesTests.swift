import Testing

@testable import HubSpokeBicep

/// Large files are lexed and parsed as two halves on two threads (`BicepDocument+Halves.swift`);
/// the result and the first syntax error must be exactly those of the one-thread parse.
@Suite("Parsing large files in two halves")
struct ParserHalvesTests {
    /// About 1.5 MB: above the threshold, so `BicepDocument.parse` cuts it in two.
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

    @Test func largeFileIsCutAndParsesToTheSameDeclarationsAndComments() throws {
        #expect(Self.large.utf8.count >= BicepDocument.halvesThreshold)
        let cut = try #require(BicepDocument.parseInHalves(bytes: Array(Self.large.utf8), file: "big.bicep"))
        #expect(cut.declarations == (try Self.sequential(Self.large).get()))
        let whole = try BicepLexer.tokenize(Array(Self.large.utf8), file: "big.bicep")
        #expect(cut.comments == whole.comments)
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

    /// Candidate cuts inside an object (a property named `resource`) and inside an array (an
    /// item that is the identifier `resource`): the halves are refused and the one-thread parse
    /// gives the result.
    @Test(arguments: ["object", "array"])
    func cutInsideADeclarationFallsBackToOneThread(_ shape: String) throws {
        var text = ""
        for i in 0..<40_000 {
            text +=
                shape == "object"
                ? "var v\(i) = {\n  a: {\n}\nresource : \(i)\n}\n" : "var v\(i) = [\n{\n}\nresource \n]\n"
        }
        #expect(text.utf8.count >= BicepDocument.halvesThreshold)
        #expect(BicepDocument.parseInHalves(bytes: Array(text.utf8), file: "big.bicep") == nil)
        let halves = try Self.halves(text).get()
        #expect(halves.count == 40_000)
        #expect(halves == (try Self.sequential(text).get()))
    }

    /// The second half's first line number: the word-at-a-time count agrees with the byte by
    /// byte one at every offset, with bytes next to `\n` in value (0x09, 0x0B, 0x8A, 0x0A after
    /// 0x00), multi-byte UTF-8, and with `\r\n` and `\r` line breaks.
    @Test(arguments: ["", "a\n", "\n\n\t\u{0B}\n", "é\n∑\u{0}\nx", "a\r\nb\rc\n", "\r"])
    func lineNumberCountsLikeTheLexer(_ piece: String) {
        var bytes: [UInt8] = []
        for round in 0..<40 {
            bytes += Array(piece.utf8)
            bytes += Array(repeating: UInt8(0x8A), count: round % 9)
            bytes += [0x00, 0x0A, 0x01, 0x0B, 0x09]
        }
        let expected = bytes.withUnsafeBufferPointer { buffer in
            (0...bytes.count).map { BicepDocument.lineNumberByteByByte(of: $0, in: buffer) }
        }
        let actual = (0...bytes.count).map { BicepDocument.lineNumber(of: $0, in: bytes) }
        #expect(actual == expected)
        #expect(expected.last! > 40)
    }
}
