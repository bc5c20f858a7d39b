import Foundation
import HubSpokeCore
import Testing

@testable import HubSpokeDiagram

#if canImport(FoundationXML)
    import FoundationXML
#endif

private func picture(_ design: Design) -> TopologyPicture {
    TopologyPicture(design: design, findings: Validator().validate(design))
}

@Suite struct MermaidWriterTests {
    @Test func hubAndSpokeHasOneNodePerVNetAndOneLinkPerPeering() {
        let text = MermaidWriter.write(picture(Examples.hubAndSpoke))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "flowchart TB")
        #expect(
            lines.contains(
                "    vnet0[\"<b>vnet-hub</b><br/>hub 10.0.0.0/16<br/>GatewaySubnet 10.0.0.0/27<br/>"
                    + "AzureFirewallSubnet 10.0.1.0/26<br/>AzureBastionSubnet 10.0.2.0/26<br/>"
                    + "GW vgw-hub Vpn VpnGw2AZ<br/>FW afw-hub Standard<br/>BAS bas-hub Standard\"]"))
        // spokes above link down to the hub, spokes below hang from it
        #expect(lines.contains("    vnet1 ---|\"AFG- / AF-R\"| vnet0"))
        #expect(lines.contains("    vnet0 ---|\"AFG- / AF-R\"| vnet3"))
        #expect(lines.filter { $0.contains("---|") }.count == 3)
        #expect(lines.contains("    class vnet0 hub"))
    }

    @Test func tutorialMarksItsFindings() {
        let text = MermaidWriter.write(picture(Examples.tutorial))
        #expect(text.contains("▲ PrimarySubnet 10.30.10.0/24"))
        #expect(text.contains("vnet1 ---|\"● AF-- / AF--\"| vnet0"))
        #expect(text.contains("linkStyle 0 stroke:#1565c0"))
        // the first VNet stands in the middle of a design without hubs, but is not called one
        #expect(text.contains("class vnet0 spoke\n    class vnet0 warning\n"))
        #expect(!text.contains("hub 10.30.0.0/16"))
    }

    @Test func oneHalfIsADottedLinkAndQuotesAreEscaped() {
        var design = Examples.hubAndSpoke
        design.virtualNetworks[3].virtualNetworkPeerings = []
        design.virtualNetworks[3].subnets[0].name = "snet \"x\" <y>"
        let text = MermaidWriter.write(TopologyPicture(design: design))
        #expect(text.contains("vnet0 -.-|\"AFG- / none\"| vnet3"))
        #expect(text.contains("snet #quot;x#quot; #lt;y#gt;"))
    }
}

@Suite struct DOTWriterTests {
    /// The statements between the outer braces: every one ends with `;` or is a `{ rank=same ... }`.
    func statements(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("//") }
    }

    @Test func hubAndSpokeIsAWellFormedUndirectedGraphWithRanks() {
        let text = DOTWriter.write(picture(Examples.hubAndSpoke))
        let lines = statements(text)
        #expect(lines.first == "graph hubspoke {")
        #expect(lines.last == "}")
        for line in lines.dropFirst().dropLast() {
            #expect(line.hasSuffix(";") || (line.hasPrefix("{ rank=same;") && line.hasSuffix("}")), "\(line)")
        }
        // braces and quotes balance
        #expect(text.filter { $0 == "{" }.count == text.filter { $0 == "}" }.count)
        #expect(text.replacingOccurrences(of: "\\\"", with: "").filter { $0 == "\"" }.count % 2 == 0)
        #expect(lines.contains("{ rank=same; vnet1; vnet2; }"))
        #expect(lines.contains("{ rank=same; vnet0; }"))
        #expect(lines.contains("{ rank=same; vnet3; }"))
        #expect(lines.contains("vnet1 -- vnet0 [label=\"AFG- / AF-R\"];"))
        #expect(
            lines.contains { $0.hasPrefix("vnet0 [label=\"vnet-hub\\lhub 10.0.0.0/16\\lGatewaySubnet 10.0.0.0/27\\l") })
        #expect(!text.contains("->"))
    }

    @Test func tutorialMarksFindingsAndEscapesQuotes() {
        var design = Examples.tutorial
        design.virtualNetworks[1].subnets[0].name = "a\"b\\c"
        let text = DOTWriter.write(picture(design))
        #expect(text.contains("▲ PrimarySubnet 10.30.10.0/24"))
        #expect(text.contains("color=\"#e08a00\""))
        #expect(text.contains("a\\\"b\\\\c"))
        #expect(text.contains("vnet1 -- vnet0 [label=\"● AF-- / AF--\", color=\"#1565c0\""))
    }
}

@Suite struct SVGWriterTests {
    /// Parses the SVG with Foundation's XMLParser, collecting element names and text.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var text = ""
        var rootAttributes: [String: String] = [:]

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if elements.isEmpty { rootAttributes = attributes }
            elements.append(name)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    func parse(_ svg: String) -> Collector? {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    @Test(arguments: [("hub-and-spoke", Examples.hubAndSpoke), ("tutorial", Examples.tutorial), ("empty", Design())])
    func isWellFormedSizedAndReproducible(name: String, design: Design) throws {
        let svg = SVGWriter.write(picture(design))
        let parsed = try #require(parse(svg), "\(name) is not well-formed XML")
        #expect(parsed.elements.first == "svg")
        #expect(parsed.rootAttributes["version"] == "1.1")
        #expect(Int(parsed.rootAttributes["width"] ?? "") ?? 0 >= 720)
        #expect(parsed.text.contains("Peering flags: A access, F forwarded, G gateway transit, R use remote gateways"))
        #expect(parsed.text.contains("Findings: ✖ error, ▲ warning, ● info"))
        #expect(SVGWriter.write(picture(design)) == svg)
    }

    @Test func hubAndSpokeShowsPrefixesFlagsAndServices() throws {
        let parsed = try #require(parse(SVGWriter.write(picture(Examples.hubAndSpoke))))
        for expected in [
            "vnet-hub", "hub 10.0.0.0/16", "GatewaySubnet 10.0.0.0/27", "snet-app 10.3.1.0/24", "AFG-", "AF-R",
            "FW afw-hub Standard", "GW vgw-hub Vpn VpnGw2AZ",
        ] {
            #expect(parsed.text.contains(expected), "\(expected)")
        }
        #expect(parsed.elements.filter { $0 == "rect" }.count == 1 + 4)
        #expect(parsed.elements.filter { $0 == "polyline" }.count == 3)
    }

    @Test func tutorialMarksFindings() throws {
        let svg = SVGWriter.write(picture(Examples.tutorial))
        let parsed = try #require(parse(svg))
        #expect(parsed.text.contains("▲ PrimarySubnet 10.30.10.0/24"))
        #expect(parsed.text.contains("● AF--"))
        #expect(svg.contains("<tspan fill=\"#e08a00\">▲ </tspan>"))
        #expect(svg.contains("stroke=\"#1565c0\""))
    }

    @Test func spokesAboveHubAboveSpokesBelow() {
        let geometry = SVGWriter.Geometry(picture(Examples.hubAndSpoke))
        let hub = geometry.boxes[0]!
        #expect(geometry.boxes[1]!.bottom < hub.y && geometry.boxes[2]!.bottom < hub.y)
        #expect(geometry.boxes[3]!.y > hub.bottom)
        #expect(geometry.boxes[1]!.x < geometry.boxes[2]!.x)
    }

    @Test func aPeeringWithinARowTakesALaneOutsideTheRow() throws {
        var design = Examples.hubAndSpoke
        design.virtualNetworks[1].virtualNetworkPeerings.append(
            VirtualNetworkPeering(name: "spoke1-to-spoke2", remoteVirtualNetwork: "vnet-spoke2"))
        design.virtualNetworks[2].virtualNetworkPeerings.append(
            VirtualNetworkPeering(name: "spoke2-to-spoke1", remoteVirtualNetwork: "vnet-spoke1"))
        let picture = TopologyPicture(design: design)
        let position = try #require(picture.edges.firstIndex { $0.from == 1 && $0.to == 2 })
        #expect(picture.edges[position].kind == .other)
        let geometry = SVGWriter.Geometry(picture)
        let lane = try #require(geometry.lanes[position])
        #expect(lane.band == .above)
        #expect(lane.y > 0 && lane.y < geometry.boxes[1]!.y && lane.y < geometry.boxes[2]!.y)
        let svg = SVGWriter.write(picture)
        let one = geometry.boxes[1]!
        let two = geometry.boxes[2]!
        #expect(
            svg.contains(
                "points=\"\(one.centerX),\(one.y) \(one.centerX),\(lane.y) \(two.centerX),\(lane.y) \(two.centerX),\(two.y)\""
            ))
        #expect(svg.contains(">A--- / A---</text>"))
        #expect(parse(svg) != nil)
    }

    @Test func namesAreEscaped() throws {
        var design = Examples.hubAndSpoke
        design.virtualNetworks[1].subnets[0].name = "a&b<c>\"d'"
        let svg = SVGWriter.write(TopologyPicture(design: design))
        #expect(svg.contains("a&amp;b&lt;c&gt;&quot;d&apos;"))
        #expect(parse(svg) != nil)
    }

    @Test func twoHubsAreJoinedOnALaneUnderTheHubs() throws {
        let picture = TopologyPicture(design: twoHubDesign())
        let geometry = SVGWriter.Geometry(picture)
        #expect(geometry.boxes[0]!.y == geometry.boxes[2]!.y)
        #expect(geometry.boxes[0]!.x < geometry.boxes[2]!.x)
        let svg = SVGWriter.write(picture)
        #expect(parse(svg) != nil)
        #expect(svg.contains("points=\"\(geometry.boxes[0]!.x + 200),\(geometry.boxes[0]!.bottom) "))
    }
}

@Suite struct DiagramFormatTests {
    @Test(arguments: [
        ("a.svg", DiagramFormat.svg), ("A.SVG", .svg), ("t.dot", .dot), ("t.gv", .dot), ("t.mmd", .mermaid),
        ("t.md", .mermaid),
    ])
    func formatFollowsTheExtension(name: String, format: DiagramFormat) {
        #expect(DiagramFormat(fileName: name) == format)
    }

    @Test func mermaidInMarkdownIsAFencedBlock() {
        let picture = TopologyPicture(design: Examples.tutorial)
        let markdown = DiagramFormat.mermaid.render(picture, fileName: "docs/Topology.MD")
        #expect(markdown.hasPrefix("```mermaid\nflowchart TB\n"))
        #expect(markdown.hasSuffix("\n```\n"))
        #expect(DiagramFormat.mermaid.render(picture, fileName: "t.mmd") == MermaidWriter.write(picture))
        #expect(DiagramFormat.svg.render(picture, fileName: "t.md") == SVGWriter.write(picture))
    }

    @Test func unknownExtensionsHaveNoFormat() {
        #expect(DiagramFormat(fileName: "topology.png") == nil)
    }
}
