import HubSpokeBicep
import HubSpokeCore
import HubSpokeTestSupport
import Testing

/// Every built-in example must export to Bicep that the offline checker accepts: both parsers,
/// Azure's type data for every type, API version, property and enum, and symbol checks.
@Test(arguments: Examples.names)
func exportPassesCheckBicep(example: String) throws {
    let design = try #require(Examples.named(example))
    let result = try CheckBicep.run([(name: "\(example).bicep", text: BicepWriter.write(design))])
    #expect(result.status == 0, "check-bicep on the export of \(example):\n\(result.output)")
}

/// Exports of generated designs (every resource type, suppressions, existing VNets, names
/// whose symbols collide, strings that need escaping) pass the checker too.
@Test func generatedExportsPassCheckBicep() throws {
    var files: [(name: String, text: String)] = []
    for seed in UInt64(1)...40 {
        var generator = RandomDesign(seed: seed)
        files.append((name: "generated-\(seed).bicep", text: BicepWriter.write(generator.design())))
    }
    let result = try CheckBicep.run(files)
    #expect(result.status == 0, "check-bicep on generated exports:\n\(result.output)")
}
