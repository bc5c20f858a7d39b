import HubSpokeBicep
import HubSpokeCore
import Testing

/// Properties the model has no field for are listed with their location, not dropped silently,
/// and do not make the validator skip checks.
struct NotModelledPropertyTests {
    @Test func listedWithLocation() throws {
        let corpus = CorpusCase.unknownTypesAndProperties
        let result = try BicepReader.importText(corpus.files["main.bicep"] ?? "", file: "main.bicep")
        let listed = result.notModelled.map { "\($0.resource) \($0.property) \($0.location?.line ?? 0)" }
        #expect(
            listed == [
                "vnet-data/subnets/snet-pe properties.subnets[0].properties.privateEndpointNetworkPolicies 13",
                "vnet-data tags 4",
                "vnet-data properties.enableDdosProtection 7",
            ])
        #expect(result.notModelled.map(\.valueText) == ["'Disabled'", "{env: 'prod'}", "false"])
        #expect(result.document.unknowns.isEmpty)
    }

    @Test func emptyFileIsAnError() throws {
        let dir = try CorpusFile.materialize(["empty.bicep": "  \n"])
        #expect(throws: BicepReadError.self) {
            try BicepReader.read(fileAt: dir.appendingPathComponent("empty.bicep").path)
        }
    }

    @Test func syntaxErrorNamesFileLineAndColumn() {
        do {
            _ = try BicepReader.read(
                text: "resource x 'Microsoft.Network/virtualNetworks@2024-05-01' = {\n  name: \n", file: "bad.bicep")
            Issue.record("expected an error")
        } catch let error as BicepReadError {
            #expect(error.message.hasPrefix("bad.bicep:"))
            #expect(error.message.split(separator: ":").count >= 4)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
