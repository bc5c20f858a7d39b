import Foundation
import HubSpokeCore
import HubSpokeDesignFile
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct DiagramCommandTests {
    let scratch: ScratchFolder

    init() throws { scratch = try ScratchFolder() }

    func exampleFile(_ name: String) throws -> String {
        let path = scratch.path("\(name).hubspoke.json")
        try DesignFile.write(Examples.named(name)!, to: path)
        return path
    }

    @Test func mermaidToStandardOutputByDefault() throws {
        let run = try CLIRun.run(["diagram", try exampleFile("hub-and-spoke")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("flowchart TB\n"))
        #expect(run.stdout.contains("vnet1 ---|\"AFG- / AF-R\"| vnet0"))
        #expect(run.stdout.contains("GatewaySubnet 10.0.0.0/27"))
    }

    @Test func formatOptionChoosesDOT() throws {
        let run = try CLIRun.run(["diagram", try exampleFile("tutorial"), "--format", "dot"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("graph hubspoke {\n"))
        // the validator ran: SEC-001 (RDP from anywhere) marks the subnet of the VM's NIC
        #expect(run.stdout.contains("▲ PrimarySubnet 10.30.10.0/24"))
        #expect(run.stdout.hasSuffix("}\n"))
    }

    @Test func outputExtensionChoosesSVGAndRefusesToOverwrite() throws {
        let design = try exampleFile("hub-and-spoke")
        let out = scratch.path("topology.svg")
        let first = try CLIRun.run(["diagram", design, "-o", out])
        #expect(first.status == 0, "\(first.stderr)")
        let svg = try String(contentsOfFile: out, encoding: .utf8)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("hub 10.0.0.0/16"))
        let again = try CLIRun.run(["diagram", design, "-o", out])
        #expect(again.status == 2)
        #expect(again.stderr.contains("exists; use --force"))
        let forced = try CLIRun.run(["diagram", design, "-o", out, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == svg)
    }

    @Test func bicepWithAParameterOverride() throws {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../HubSpokeBicepTests/Fixtures/tutorial-main.bicep").standardized.path
        let run = try CLIRun.run([
            "diagram", seed, "--format", "mermaid", "--param", "secondaryVnetAddressPrefix=10.21.0.0/16",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        // the override moves the VNet away from its subnet: the VNet box carries the error
        #expect(run.stdout.contains("<b>✖ vnet-prod-ae-wv-002</b><br/>10.21.0.0/16<br/>"))
        #expect(run.stdout.contains("<b>vnet-prod-ae-wv-001</b><br/>10.30.0.0/16<br/>"))
    }

    @Test func anUnknownExtensionWithoutFormatIsMisuse() throws {
        let run = try CLIRun.run(["diagram", try exampleFile("hub-and-spoke"), "-o", scratch.path("t.png")])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--format mermaid|dot|svg"))
    }

    @Test func anUnreadableDesignExitsTwo() throws {
        let run = try CLIRun.run(["diagram", scratch.path("missing.hubspoke.json")])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("hubspoke: "))
    }
}
