import HubSpokeBicep
import HubSpokeCore
import Testing

/// Suppressions as the designer stores them (rule, the finding's first resource as declared,
/// a one-line reason) leave through the writer as comments above what they are for and come
/// back through the reader unchanged.
@Suite struct SuppressionRoundTripTests {
    static let suppressions = [
        Suppression(rule: "PEER-009", resource: "vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub", reason: "lab"),
        Suppression(
            rule: "SUB-001", resource: "vnet-hub/subnets/AzureFirewallSubnet", reason: "sized by the platform team"),
        Suppression(rule: "ADDR-002", resource: "vnet-spoke2", reason: "renumbered in the next change"),
    ]

    @Test func writerPutsEachAboveItsResourceAndTheReaderReadsThemBack() throws {
        var design = Examples.hubAndSpoke
        design.suppressions = Self.suppressions
        let text = BicepWriter.write(design)
        for suppression in Self.suppressions {
            #expect(text.contains("// hubspoke:suppress \(suppression.rule) \(suppression.reason)\n"))
        }
        #expect(text.contains("// hubspoke:suppress ADDR-002 renumbered in the next change\nresource "))
        let read = try BicepReader.read(text: text, file: "main.bicep").design
        let key = { (s: Suppression) in s.resource.lowercased() + "|" + s.rule }
        #expect(read.suppressions.sorted { key($0) < key($1) } == Self.suppressions.sorted { key($0) < key($1) })
    }
}
