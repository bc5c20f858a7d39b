import Foundation
import Glibc
import HubSpokeCore
import HubSpokeDesignFile
import HubSpokeTestSupport
import Testing

/// The findings workflow and export dialog in the real binary under tmux: suppress a finding
/// with a reason and watch the counts change, then export through the preview dialog, see the
/// file with the suppression comment, and overwrite it only after saying yes.
@Suite(.serialized) struct FindingsAndExportEndToEndTests {
    @Test func suppressAFindingThenExportThroughTheDialog() throws {
        let directory = try TerminalDesignerEndToEndTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let session = try TmuxSession(
            command: "cd \(TerminalDesignerEndToEndTests.quoted(directory)) && "
                + TerminalDesignerEndToEndTests.quoted(TmuxSession.binary))
        defer { session.kill() }
        try session.waitFor("built-in hub-and-spoke example")
        try session.command("set vnet-hub/peerings/hub-to-spoke1 allowGatewayTransit false")
        try session.waitFor("✖ PEER-009")
        let before = try session.waitFor("Validation  ✖ 1")
        #expect(!before.contains("suppressed"))

        // validation pane, first finding: s asks for the reason; an empty one is refused
        try session.keys("Tab", "Tab")
        try session.waitFor("Enter jump")
        try session.keys("s")
        try session.waitFor("Reason:")
        try session.keys("Enter")
        try session.waitFor("a suppression needs a reason")
        try session.type("hub gateway arrives next sprint")
        try session.keys("Enter")
        let after = try session.waitFor("⊘ 1 suppressed")
        #expect(after.contains("Validation  ✖ 0"))
        #expect(after.contains("⊘ PEER-009"))
        #expect(after.contains("[error suppressed: hub gateway arrives next sprint]"))

        // E: file name (the design has no file yet), preview, scroll, write
        try session.keys("E")
        try session.waitFor("File: design.bicep")
        try session.keys("Enter")
        try session.waitFor("Export design.bicep — lines 1-")
        try session.keys("j", "j")
        try session.waitFor("Export design.bicep — lines 3-")
        try session.keys("Enter")
        try session.waitFor("exported design.bicep")
        let file = directory + "/design.bicep"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("// hubspoke:suppress PEER-009 hub gateway arrives next sprint\n"))
        let check = try CheckBicep.run([(name: "design.bicep", text: text)])
        #expect(check.status == 0, "check-bicep on the dialog's export:\n\(check.output)")

        // :export over the existing file asks first; n keeps it, y overwrites
        try session.command("set vnet-hub/peerings/hub-to-spoke1 allowGatewayTransit true")
        // the suppression stays in the design but counts only while its finding exists
        try session.waitFor("✓ No findings")
        try session.command("unsuppress PEER-009 vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub")
        try session.waitFor("is no longer suppressed")
        try session.command("export design.bicep")
        try session.waitFor("Export design.bicep — lines")
        try session.keys("Enter")
        try session.waitFor("Overwrite it?")
        try session.keys("n")
        try session.waitFor("design.bicep left as it was")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
        try session.keys("Enter")
        try session.waitFor("Overwrite it?")
        try session.keys("y")
        try session.waitFor("exported design.bicep")
        let rewritten = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!rewritten.contains("hubspoke:suppress"))
        try session.command("q!")
        try session.waitFor("EXIT=0")
    }
}

/// `:import` in the real binary: merge with clashing names is refused and says which,
/// a reader error names file:line:column, a design file with a new VNet merges.
@Suite(.serialized) struct ImportEndToEndTests {
    @Test func importMergesNewNamesAndReportsClashesAndReaderErrors() throws {
        let directory = try TerminalDesignerEndToEndTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "param location string =\n".write(toFile: directory + "/bad.bicep", atomically: true, encoding: .utf8)
        var extra = Design()
        extra.virtualNetworks = [VirtualNetwork(name: "vnet-extra", addressPrefixes: ["10.70.0.0/16"])]
        try DesignFile.write(extra, to: directory + "/extra.hubspoke.json")
        let session = try TmuxSession(
            command: "cd \(TerminalDesignerEndToEndTests.quoted(directory)) && "
                + TerminalDesignerEndToEndTests.quoted(TmuxSession.binary))
        defer { session.kill() }
        try session.waitFor("built-in hub-and-spoke example")
        try session.command("export! same.bicep")
        try session.waitFor("exported same.bicep")
        try session.command("import same.bicep")
        try session.waitFor("Import same.bicep:")
        try session.keys("m")
        try session.waitFor("nothing merged from same.bicep: every name is taken (vnet-hub")
        try session.command("import bad.bicep")
        let failed = try session.waitFor("cannot import: ")
        #expect(failed.contains("bad.bicep:1:"))
        try session.command("import extra.hubspoke.json")
        try session.waitFor("m  merge: add the 1 whose names are free")
        try session.keys("m")
        try session.waitFor("merged 1 resource from extra.hubspoke.json")
        try session.waitFor("◇ vnet-extra  10.70.0.0/16")
        try session.keys("u")
        try session.waitForAbsence(of: "vnet-extra")
        try session.command("q!")
        try session.waitFor("EXIT=0")
    }
}
