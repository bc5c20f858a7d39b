import Testing

@testable import HubSpokeCore

/// REF-009, REF-010 and REF-011 turn what a reader could not follow into infos, one each.
@Suite struct ReaderNoteRulesTests {
    @Test func moduleNotFollowedNamesTheModule() throws {
        var map = SourceMap()
        let at = SourceLocation(file: "main.bicep", line: 12, column: 1)
        map.notes = [
            SourceNote(
                kind: .moduleNotFollowed, subject: "hubModule",
                detail: "br/public:avm/res/network/virtual-network:0.5.0", location: at)
        ]
        let findings = ReferenceRuleFixtures.run(ModuleNotFollowed(), Design(), sourceMap: map)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "REF-009")
        #expect(finding.severity == .info)
        #expect(finding.resources == ["hubModule"])
        #expect(finding.location == at)
        #expect(finding.message.contains("br/public:avm/res/network/virtual-network:0.5.0"))
        #expect(ReferenceRuleFixtures.run(ModuleNotFollowed(), Design()).isEmpty)
    }

    @Test func oneInfoPerUnknownValueNamingItsSource() {
        let unknowns = UnknownValues([
            .init(resource: "vnet-hub", field: "addressPrefixes", sourceText: "hubPrefix"),
            .init(resource: "vm-app", field: "name", sourceText: "'vm-${uniqueString(resourceGroup().id)}'"),
        ])
        let findings = ReferenceRuleFixtures.run(ValueNotKnownOffline(), Design(), unknowns: unknowns)
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.rule == "REF-010" && $0.severity == .info && $0.field == nil })
        #expect(
            findings.contains { $0.resources == ["vnet-hub"] && $0.message.contains("addressPrefixes is `hubPrefix`") })
        #expect(findings.contains { $0.message.contains("uniqueString(resourceGroup().id)") })
        #expect(ReferenceRuleFixtures.run(ValueNotKnownOffline(), Design()).isEmpty)
    }

    @Test func oneInfoPerCarriedThroughResourceWithItsType() throws {
        let design = Design(passthrough: [
            PassthroughResource(
                type: "Microsoft.Storage/storageAccounts@2023-05-01", symbolicName: "stg",
                sourceText: "resource stg ...",
                file: "main.bicep", line: 40)
        ])
        let findings = ReferenceRuleFixtures.run(ResourceCarriedThrough(), design)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "REF-011")
        #expect(finding.severity == .info)
        #expect(finding.resources == ["stg"])
        #expect(finding.message.contains("Microsoft.Storage/storageAccounts@2023-05-01"))
        #expect(finding.location == SourceLocation(file: "main.bicep", line: 40, column: 1))
        #expect(ReferenceRuleFixtures.run(ResourceCarriedThrough(), Design()).isEmpty)
    }
}
