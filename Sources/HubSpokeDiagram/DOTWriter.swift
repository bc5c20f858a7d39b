import HubSpokeCore

/// Graphviz DOT: an undirected graph with one box per VNet and one edge per peering. The rows
/// of the layout become ranks (spokes above, hubs, spokes below), so `dot` draws the hubs in
/// the middle band as the terminal and the SVG do.
public enum DOTWriter {
    public static func write(_ picture: TopologyPicture) -> String {
        let layout = picture.layout
        var lines = [
            "graph hubspoke {",
            "    // Edge labels: hub-side half / other half; A access, F forwarded, G gateway transit,",
            "    // R use remote gateways; - off; dashed: one half only (not connected).",
            "    graph [rankdir=TB, fontname=\"Helvetica\", nodesep=0.4, ranksep=0.8];",
            "    node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\", fontsize=10];",
            "    edge [fontname=\"Helvetica\", fontsize=9];",
        ]
        let rows = [layout.groups.flatMap(\.above), layout.groups.map(\.hub), layout.groups.flatMap(\.below)]
        for row in rows {
            for index in row { lines.append("    " + node(picture.nodes[index])) }
        }
        for row in rows where !row.isEmpty {
            lines.append("    { rank=same; " + row.map { id($0) + "; " }.joined() + "}")
        }
        let above = Set(rows[0])
        for edge in picture.edges {
            var attributes = ["label=" + quote((edge.severity.map { $0.marker + " " } ?? "") + edge.label)]
            if !edge.isConnected { attributes.append("style=dashed") }
            if let severity = edge.severity {
                attributes += ["color=" + quote(severity.colour), "fontcolor=" + quote(severity.colour), "penwidth=2"]
            }
            if edge.kind == .hubToHub { attributes.append("constraint=false") }
            // The spoke comes first for a spoke above its hub, so its rank stays above.
            let (tail, head) =
                above.contains(edge.to) && edge.kind == .hubToSpoke ? (edge.to, edge.from) : (edge.from, edge.to)
            lines.append("    \(id(tail)) -- \(id(head)) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func id(_ index: Int) -> String { "vnet\(index)" }

    static func node(_ node: TopologyPicture.Node) -> String {
        // `\l` left-justifies each line in Graphviz labels.
        let text = node.lines.map { escape($0.markedText) }.joined(separator: "\\l") + "\\l"
        var attributes = ["label=\"\(text)\""]
        if node.role == .hub { attributes.append("fillcolor=\"#e3eefc\"") }
        if let worst = node.worstInside { attributes.append("color=" + quote(worst.colour)) }
        let penWidth = (node.role == .hub ? 2 : 1) + (node.worstInside == nil ? 0 : 1)
        if penWidth > 1 { attributes.append("penwidth=\(penWidth)") }
        return "\(id(node.index)) [\(attributes.joined(separator: ", "))];"
    }

    static func quote(_ text: String) -> String { "\"" + escape(text) + "\"" }

    /// DOT strings end at an unescaped quote; backslashes would start escapes.
    static func escape(_ text: String) -> String {
        escaped(text, ["\"": "\\\"", "\\": "\\\\", "\n": "\\n"])
    }
}
