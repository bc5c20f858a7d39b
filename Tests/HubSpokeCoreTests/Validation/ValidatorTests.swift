import Testing

@testable import HubSpokeCore

/// A rule that reports every VNet, to test what the validator does around rules.
private struct EveryVNet: Rule {
    static let id = "TEST-001"
    static let severity: Severity = .warning
    static let title = "Every VNet"
    static let help = "Test rule."
    static let source = "-"
    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for v in context.design.virtualNetworks {
            findings.append(finding("\(v.name) seen", resources: [v.name], field: "addressPrefixes"))
        }
    }
}

private struct InfoOnFirst: Rule {
    static let id = "TEST-000"
    static let severity: Severity = .info
    static let title = "Info"
    static let help = "Test rule."
    static let source = "-"
    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        findings.append(finding("note", resources: ["zzz"]))
        findings.append(finding("error now", resources: ["yyy"], severity: .error))
    }
}

@Suite struct ValidatorTests {
    let design = Examples.tutorial

    @Test func ordersBySeverityThenRuleThenResource() {
        let findings = Validator(rules: [InfoOnFirst(), EveryVNet()]).validate(design)
        #expect(findings.map(\.severity) == [.error, .warning, .warning, .info])
        #expect(findings[1].resources == ["vnet-prod-ae-wv-001"])
        #expect(findings[2].resources == ["vnet-prod-ae-wv-002"])
    }

    @Test func unknownFieldsSilenceFindings() {
        let unknowns = UnknownValues([
            .init(resource: "vnet-prod-ae-wv-001", field: "addressPrefixes", sourceText: "param.prefix")
        ])
        let findings = Validator(rules: [EveryVNet()]).validate(design, unknowns: unknowns)
        #expect(findings.map(\.resources) == [["vnet-prod-ae-wv-002"]])
    }

    @Test func suppressionsMarkButKeepFindings() {
        var design = design
        design.suppressions = [Suppression(rule: "TEST-001", resource: "VNET-PROD-AE-WV-002", reason: "accepted")]
        let findings = Validator(rules: [EveryVNet()]).validate(design)
        #expect(findings.count == 2)
        #expect(findings.first { $0.resources == ["vnet-prod-ae-wv-002"] }?.suppressedReason == "accepted")
        #expect(findings.first { $0.resources == ["vnet-prod-ae-wv-001"] }?.suppressedReason == nil)
    }

    @Test func sourceMapPutsLocationsOnFindings() {
        var map = SourceMap()
        map.record(SourceLocation(file: "main.bicep", line: 4, column: 1), resource: "vnet-prod-ae-wv-001")
        map.record(
            SourceLocation(file: "main.bicep", line: 9, column: 7), resource: "vnet-prod-ae-wv-002",
            field: "addressPrefixes")
        let findings = Validator(rules: [EveryVNet()]).validate(design, sourceMap: map)
        #expect(findings[0].location?.description == "main.bicep:4:1")
        #expect(findings[1].location?.description == "main.bicep:9:7")
    }

    @Test func catalogIDsAreUniqueAndWellFormed() {
        let ids = RuleCatalog.descriptors.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.split(separator: "-").count == 2, "\(id)")
        }
        #expect(!ids.contains("LIM-008"))
        #expect(!ids.contains("PEER-008"))
    }
}
