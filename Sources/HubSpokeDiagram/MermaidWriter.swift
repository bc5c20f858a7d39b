import HubSpokeCore

/// A Mermaid `flowchart`: one node per VNet (name, role, prefixes, subnets, services), one
/// link per peering labelled with both halves' flags. Nodes are declared in layout order
/// (spokes above, hubs, spokes below) and links from the spokes above point down to their
/// hub, so Mermaid's top-to-bottom layout puts the hubs in the middle as the terminal does.
public enum MermaidWriter {
    public static func write(_ picture: TopologyPicture) -> String {
        var lines = ["flowchart TB"]
        lines.append("    %% hubspoke diagram. Edge labels: hub-side half / other half; flags A access,")
        lines.append("    %% F forwarded, G gateway transit, R use remote gateways; - off; dotted: one half only.")
        let layout = picture.layout
        let above = Set(layout.groups.flatMap(\.above))
        let order = layout.groups.flatMap(\.above) + layout.groups.map(\.hub) + layout.groups.flatMap(\.below)
        for index in order {
            lines.append("    \(id(index))[\"\(label(picture.nodes[index]))\"]")
        }
        var linkStyles: [String] = []
        for (position, edge) in picture.edges.enumerated() {
            let arrow = edge.isConnected ? "---" : "-.-"
            let marker = edge.severity.map { $0.marker + " " } ?? ""
            let text = escape(marker + edge.label)
            // A link from a spoke above to its hub keeps the spoke on the rank above.
            if above.contains(edge.to) && edge.kind == .hubToSpoke {
                lines.append("    \(id(edge.to)) \(arrow)|\"\(text)\"| \(id(edge.from))")
            } else {
                lines.append("    \(id(edge.from)) \(arrow)|\"\(text)\"| \(id(edge.to))")
            }
            if let severity = edge.severity {
                linkStyles.append("    linkStyle \(position) stroke:\(severity.colour),stroke-width:3px")
            }
        }
        lines += linkStyles
        lines.append("    classDef hub fill:#e3eefc,stroke:#1f4e9a,stroke-width:2px")
        lines.append("    classDef spoke fill:#ffffff,stroke:#555555")
        for severity in Severity.allCases.reversed() {
            lines.append("    classDef \(severity.rawValue) stroke:\(severity.colour),stroke-width:3px")
        }
        // One class a statement: Mermaid adds them up, while a comma would separate node IDs.
        for node in order.map({ picture.nodes[$0] }) {
            lines.append("    class \(id(node.index)) \(node.role == .hub ? "hub" : "spoke")")
            if let worst = node.worstInside { lines.append("    class \(id(node.index)) \(worst.rawValue)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func id(_ index: Int) -> String { "vnet\(index)" }

    static func label(_ node: TopologyPicture.Node) -> String {
        node.lines.map { line in
            line.kind == .name ? "<b>" + escape(line.markedText) + "</b>" : escape(line.markedText)
        }.joined(separator: "<br/>")
    }

    /// Mermaid's entity codes, so names cannot close the label or start markup.
    static func escape(_ text: String) -> String {
        escaped(text, ["\"": "#quot;", "<": "#lt;", ">": "#gt;", "#": "#35;"])
    }
}
