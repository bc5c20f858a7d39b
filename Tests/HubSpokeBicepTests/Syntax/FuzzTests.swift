import HubSpokeBicep
import Testing

/// A small deterministic generator (SplitMix64) so mutations are the same on every run.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Malformed input never crashes")
struct FuzzTests {
    static let fixtures: [String] =
        FixtureFiles.all + ["modules/main.bicep", "modules/spoke.bicep", "modules/main.bicepparam"]

    /// Parses and, when that succeeds, evaluates with an in-memory loader that serves the
    /// other fixtures, so module following is fuzzed too. Returns whether it parsed.
    @discardableResult
    private static func readBicep(_ bytes: [UInt8], loader: @escaping BicepEvaluator.FileLoader) -> Bool {
        do {
            let document = try BicepDocument.parse(bytes: bytes, file: "fuzz/main.bicep")
            let template = BicepEvaluator(fileLoader: loader).evaluate(document)
            _ = template.resources.map { $0.location(of: "properties.subnets[0].properties.addressPrefix") }
            _ = BicepParameterFile(document: document)
            return true
        } catch {
            #expect(!error.message.isEmpty)
            #expect(error.line >= 1 && error.column >= 1)
            return false
        }
    }

    private static let loader: BicepEvaluator.FileLoader = BicepFileLoader.inMemory([
        "fuzz/spoke.bicep": (try? FixtureFiles.text("modules/spoke.bicep")) ?? "",
        "fuzz/mod.bicep": "param location string\noutput o string = location\n",
    ])

    @Test(arguments: fixtures)
    func truncations(_ name: String) throws {
        let bytes = Array(try FixtureFiles.text(name).utf8)
        #expect(Self.readBicep(bytes, loader: Self.loader) || name.hasPrefix("bad-syntax"))
        let cuts = 50
        for cut in 0...cuts {
            let length = bytes.count * cut / cuts
            Self.readBicep(Array(bytes[..<length]), loader: Self.loader)
        }
    }

    @Test(arguments: fixtures)
    func randomMutations(_ name: String) throws {
        let bytes = Array(try FixtureFiles.text(name).utf8)
        guard !bytes.isEmpty else { return }
        var generator = SeededGenerator(state: UInt64(bytes.count))
        let interesting: [UInt8] =
            Array("{}[]()'$:,.?!=<>|&/*\n\r\t @#\\-0129az".utf8) + [0x00, 0xC3, 0xA9, 0xFF, 0xE2]
        for _ in 0..<300 {
            var mutated = bytes
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = Int.random(in: 0..<mutated.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: mutated[position] = interesting.randomElement(using: &generator)!
                case 1: mutated.remove(at: position)
                case 2: mutated.insert(interesting.randomElement(using: &generator)!, at: position)
                default:
                    let end = min(mutated.count, position + Int.random(in: 1...40, using: &generator))
                    let slice = mutated[position..<end]
                    mutated.insert(contentsOf: slice, at: Int.random(in: 0..<mutated.count, using: &generator))
                }
                if mutated.isEmpty { mutated = [0x0A] }
            }
            Self.readBicep(mutated, loader: Self.loader)
        }
    }

    @Test(arguments: [
        "var a = range(0, 2000000000)",
        "var a = [for i in range(0, 2000): [for j in range(0, 2000): j]]\nvar b = length(a)",
        "var a = b\nvar b = c\nvar c = a",
        "func f(n int) int => f(n)\nvar a = f(1)",
        "var a = 9223372036854775807 + 1\nvar b = -9223372036854775807 - 2\nvar c = 9223372036854775807 * 2",
        "var a = substring('abc', 5, 1)\nvar b = take([1], -3)\nvar c = skip('x', 99)",
        "resource r 'A.B/c@1' = {\n  name: 'r'\n  parent: r\n}",
        "resource a 'A.B/c@1' = {\n  name: b.name\n}\nresource b 'A.B/c@1' = {\n  name: a.name\n}",
    ])
    func hostileEvaluationInputsAreBounded(_ text: String) throws {
        let template = try BicepEvaluator().evaluate(text: text, file: "hostile.bicep")
        #expect(template.file == "hostile.bicep")
    }

    @Test func deeplyNestedVariableChainDoesNotOverflow() throws {
        var text = "var v0 = 1\n"
        for i in 1..<3_000 { text += "var v\(i) = v\(i - 1) + 1\n" }
        let template = try BicepEvaluator().evaluate(text: text, file: "chain.bicep")
        #expect(template.variable(named: "v10")?.value == .int(11))
    }
}
