import HubSpokeBicep
import HubSpokeCore
import Testing

/// Every built-in example must export to Bicep that the offline checker accepts: both parsers,
/// Azure's type data for every type, API version, property and enum, and symbol checks.
@Test(arguments: Examples.names)
func exportPassesCheckBicep(example: String) throws {
    let design = try #require(Examples.named(example))
    let result = try CheckBicep.run([(name: "\(example).bicep", text: BicepWriter.write(design))])
    #expect(result.status == 0, "check-bicep on the export of \(example):\n\(result.output)")
}
