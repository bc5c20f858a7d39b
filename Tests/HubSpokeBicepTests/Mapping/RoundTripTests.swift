import HubSpokeBicep
import HubSpokeCore
import Testing

/// Export then import gives the same design back, and exporting that gives the same bytes
/// (designs in normal form: see contracts.md "Round trip").
struct RoundTripTests {
    @Test(arguments: Examples.names)
    func builtInExample(name: String) throws {
        let design = try #require(Examples.named(name))
        let text = BicepWriter.write(design)
        let imported = try BicepReader.read(text: text, file: "\(name).bicep").design
        let same = imported == design
        #expect(same, "\(RoundTripTests.difference(design, imported))")
        #expect(BicepWriter.write(imported) == text)
    }

    /// The first differing leaf, by path, for a readable failure.
    static func difference(_ a: Any, _ b: Any, path: String = "design") -> String {
        let ma = Mirror(reflecting: a)
        let mb = Mirror(reflecting: b)
        let ca = Array(ma.children)
        let cb = Array(mb.children)
        if ca.isEmpty || ca.count != cb.count || ma.displayStyle == .enum {
            let ta = String(describing: a)
            let tb = String(describing: b)
            return ta == tb ? "" : "\(path): expected \(ta), imported \(tb)"
        }
        for (i, (x, y)) in zip(ca, cb).enumerated() {
            let d = difference(x.value, y.value, path: path + "." + (x.label ?? String(i)))
            if !d.isEmpty { return d }
        }
        return ""
    }
}

/// The property over generated designs: import(export(d)) == d and the export is stable.
struct GeneratedRoundTripTests {
    static let seeds: [UInt64] = Array(1...200)

    @Test(arguments: seeds)
    func generatedDesign(seed: UInt64) throws {
        var generator = RandomDesign(seed: seed)
        let design = generator.design()
        let text = BicepWriter.write(design)
        let imported = try BicepReader.read(text: text, file: "generated-\(seed).bicep").design
        let same = imported == design
        #expect(same, "seed \(seed): \(RoundTripTests.difference(design, imported))")
        let stable = BicepWriter.write(imported) == text
        #expect(stable, "seed \(seed): export is not stable")
        let deterministic = BicepWriter.write(design) == text
        #expect(deterministic, "seed \(seed): export is not deterministic")
    }
}
