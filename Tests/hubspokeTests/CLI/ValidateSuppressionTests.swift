import Foundation
import HubSpokeCore
import HubSpokeDesignFile
import Testing

/// `validate` honours suppressions the designer writes: as `// hubspoke:suppress` comments in
/// exported Bicep, counted apart in the summary and never failing the run.
@Suite struct ValidateSuppressionTests {
    let scratch: ScratchFolder

    init() throws { scratch = try ScratchFolder() }

    /// The example with a host-bits prefix on vnet-spoke1 (ADDR-002, an error), exported as Bicep.
    func exportedBicep(suppressed: Bool) throws -> String {
        var design = Examples.hubAndSpoke
        design.virtualNetworks[1].addressPrefixes = ["10.1.0.1/16"]
        if suppressed {
            design.suppressions = [
                Suppression(rule: "ADDR-002", resource: "vnet-spoke1", reason: "renumbered in the next change")
            ]
        }
        let json = scratch.path("design-\(suppressed).hubspoke.json")
        try DesignFile.write(design, to: json)
        let bicep = scratch.path("main-\(suppressed).bicep")
        let export = try CLIRun.run(["export", json, "--output", bicep])
        #expect(export.status == 0, "\(export.stderr)")
        return bicep
    }

    @Test func aSuppressionCommentInBicepIsHonouredAndCountedApart() throws {
        let bicep = try exportedBicep(suppressed: true)
        let text = try String(contentsOfFile: bicep, encoding: .utf8)
        #expect(text.contains("// hubspoke:suppress ADDR-002 renumbered in the next change\nresource "))
        let run = try CLIRun.run(["validate", bicep])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("ADDR-002 vnet-spoke1: "))
        #expect(run.stdout.contains("[suppressed: renumbered in the next change]"))
        let summary = run.stdout.split(separator: "\n").last ?? ""
        #expect(summary.hasPrefix("0 errors, "))
        #expect(summary.hasSuffix("(1 suppressed)"))
    }

    @Test func withoutTheCommentTheSameFindingFailsTheRun() throws {
        let run = try CLIRun.run(["validate", try exportedBicep(suppressed: false)])
        #expect(run.status == 1)
        let summary = run.stdout.split(separator: "\n").last ?? ""
        #expect(summary.hasPrefix("1 error, "))
        #expect(summary.hasSuffix("(0 suppressed)"))
    }
}
