import Foundation
import HubSpokeCore
import HubSpokeDesignFile
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `:diagram` in the real designer under tmux: the picture files appear on disk, marked with
/// the findings the validation pane shows, and the document stays clean.
@Suite(.serialized) struct DiagramCommandEndToEndTests {
    @Test func diagramWritesSVGAndMermaidOfTheOpenDesign() throws {
        let directory = NSTemporaryDirectory() + "hubspoke-e2e-diagram-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let design = directory + "/tutorial.hubspoke.json"
        try DesignFile.write(Examples.tutorial, to: design)
        let session = try TmuxSession(command: "'\(TmuxSession.binary)' '\(design)'")
        defer { session.kill() }
        try session.waitFor("SEC-001")
        try session.command("diagram \(directory)/topology.svg")
        try session.waitFor("diagram written to \(directory)/topology.svg")
        try session.command("diagram \(directory)/topology.mmd")
        try session.waitFor("diagram written to \(directory)/topology.mmd")
        try session.command("diagram \(directory)/topology.png")
        try session.waitFor("cannot tell the picture format")
        try session.command("q")
        try session.waitFor("EXIT=0")

        let svg = try String(contentsOfFile: directory + "/topology.svg", encoding: .utf8)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("vnet-prod-ae-wv-001"))
        #expect(svg.contains("<tspan fill=\"#e08a00\">▲ </tspan>PrimarySubnet 10.30.10.0/24"))
        let mermaid = try String(contentsOfFile: directory + "/topology.mmd", encoding: .utf8)
        #expect(mermaid.hasPrefix("flowchart TB\n"))
        #expect(mermaid.contains("vnet1 ---|\"● AF-- / AF--\"| vnet0"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/topology.png"))
    }
}
