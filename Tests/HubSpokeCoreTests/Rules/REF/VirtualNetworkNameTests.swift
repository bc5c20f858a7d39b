import Testing

@testable import HubSpokeCore

@Suite struct VirtualNetworkNameTests {
    @Test(arguments: [
        ("v", "1 characters long"), (String(repeating: "a", count: 65), "65 characters long"), ("vnet hub", "a space"),
        ("-vnet", "starts with '-'"), ("vnet.", "ends with '.'"), ("vnet-", "ends with '-'"), ("vnet#1", "'#'"),
        ("vnét", "'é'"),
    ])
    func firesOnInvalidNames(name: String, phrase: String) throws {
        let design = Design(virtualNetworks: [VirtualNetwork(name: name, addressPrefixes: ["10.0.0.0/16"])])
        let findings = ReferenceRuleFixtures.run(VirtualNetworkName(), design)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "REF-001")
        #expect(finding.severity == .error)
        #expect(finding.resources == [name])
        #expect(finding.field == "name")
        #expect(finding.message.contains(phrase))
    }

    @Test(arguments: ["vn", "vnet-hub", "VNet_01_", "a.b-c_d", String(repeating: "a", count: 64)])
    func silentOnValidNames(name: String) {
        let design = Design(virtualNetworks: [VirtualNetwork(name: name, addressPrefixes: ["10.0.0.0/16"])])
        #expect(ReferenceRuleFixtures.run(VirtualNetworkName(), design).isEmpty)
    }

    @Test func firesOnANameRepeatedInOneResourceGroup() throws {
        let design = Design(virtualNetworks: [
            VirtualNetwork(name: "vnet-hub"), VirtualNetwork(name: "VNET-HUB"),
            VirtualNetwork(name: "vnet-hub", placement: Placement(resourceGroup: "rg-other")),
        ])
        let findings = ReferenceRuleFixtures.run(VirtualNetworkName(), design)
        #expect(findings.count == 1)
        #expect(try #require(findings.first).resources == ["VNET-HUB"])
        #expect(try #require(findings.first).message.contains("defined twice"))
    }

    @Test func anExistingDeclarationDoesNotCollide() {
        let design = Design(virtualNetworks: [
            VirtualNetwork(name: "vnet-hub", isExisting: true), VirtualNetwork(name: "vnet-hub"),
        ])
        #expect(ReferenceRuleFixtures.run(VirtualNetworkName(), design).isEmpty)
    }
}
