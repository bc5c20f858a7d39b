import HubSpokeCore

/// SVG 1.1 drawn by hubspoke itself: boxes, lines and text only, so any browser, code host or
/// wiki shows it without a renderer. The placement is ``DiagramLayout``'s (the terminal view's):
/// spokes above and below, hubs in the middle band, hub-to-spoke peerings on a bus with the
/// hub half's flags next to the hub and the spoke half's next to the spoke, hub-to-hub
/// peerings on lanes under the hubs. Integer coordinates only, so the bytes are reproducible.
public enum SVGWriter {
    static let margin = 24
    static let boxWidth = 240
    static let gap = 32
    static let lineHeight = 16
    static let bandGap = 64
    /// Characters that fit on a box line at 12px monospace.
    static let lineCharacters = 31

    public static func write(_ picture: TopologyPicture) -> String {
        var canvas = SVGCanvas()
        let geometry = Geometry(picture)
        let edgeColour = "#607d8b"

        canvas.open("g", ["fill": "none", "stroke-width": "2"])
        var labels: [(x: Int, y: Int, text: String, anchor: String, severity: Severity?)] = []
        for (position, edge) in picture.edges.enumerated() {
            guard let from = geometry.boxes[edge.from], let to = geometry.boxes[edge.to] else { continue }
            let points: [(Int, Int)]
            switch (edge.kind, geometry.lanes[position]) {
            case (.hubToSpoke, _):
                let spokeAbove = to.y < from.y
                let bus = spokeAbove ? geometry.busAbove : geometry.busBelow
                let spokeEnd = spokeAbove ? to.bottom : to.y
                let hubEnd = spokeAbove ? from.y : from.bottom
                points = [(to.centerX, spokeEnd), (to.centerX, bus), (from.centerX, bus), (from.centerX, hubEnd)]
                let spokeLabelY = spokeAbove ? spokeEnd + 14 : spokeEnd - 6
                let hubLabelY = spokeAbove ? bus - 6 : bus + 14
                labels.append((to.centerX + 6, spokeLabelY, edge.toHalf?.flags ?? "none", "start", edge.severity))
                labels.append((to.centerX + 6, hubLabelY, edge.fromHalf?.flags ?? "none", "start", nil))
            case (.hubToHub, let lane?):
                // Out of the right part of the left hub, along a lane under the hubs, into the right one.
                let (left, right) = from.x < to.x ? (from, to) : (to, from)
                let x1 = left.x + boxWidth - 40
                let x2 = right.x + 40
                points = [(x1, left.bottom), (x1, lane.y), (x2, lane.y), (x2, right.bottom)]
                let leftHalf = left.x == from.x ? edge.fromHalf : edge.toHalf
                let rightHalf = left.x == from.x ? edge.toHalf : edge.fromHalf
                labels.append((x1 + 6, lane.y + 13, leftHalf?.flags ?? "none", "start", edge.severity))
                labels.append((x2 - 6, lane.y + 13, rightHalf?.flags ?? "none", "end", nil))
            case (_, let lane?):
                // Two VNets of the same outer row: along a lane outside the row.
                let (a, b) = from.x < to.x ? (from, to) : (to, from)
                let (aEnd, bEnd) = lane.band == .above ? (a.y, b.y) : (a.bottom, b.bottom)
                points = [(a.centerX, aEnd), (a.centerX, lane.y), (b.centerX, lane.y), (b.centerX, bEnd)]
                labels.append(((a.centerX + b.centerX) / 2, lane.y - 3, edge.label, "middle", edge.severity))
            case (_, nil):
                // Different rows: straight from the upper box's bottom to the lower box's top.
                let (upper, lower) = from.y <= to.y ? (from, to) : (to, from)
                points = [(upper.centerX, upper.bottom), (lower.centerX, lower.y)]
                labels.append(
                    (
                        (upper.centerX + lower.centerX) / 2, (upper.bottom + lower.y) / 2 - 4, edge.label, "middle",
                        edge.severity
                    ))
            }
            var attributes = [
                "points": points.map { "\($0.0),\($0.1)" }.joined(separator: " "),
                "stroke": edge.severity?.colour ?? edgeColour,
            ]
            if !edge.isConnected { attributes["stroke-dasharray"] = "6 4" }
            canvas.leaf("polyline", attributes)
        }
        canvas.close("g")

        for node in picture.nodes {
            guard let box = geometry.boxes[node.index] else { continue }
            drawNode(node, box: box, into: &canvas)
        }

        canvas.open("g", ["font-size": "11"])
        for label in labels {
            var parts: [(String, String?)] = []
            if let severity = label.severity { parts.append((severity.marker + " ", severity.colour)) }
            parts.append((label.text, nil))
            // A marker goes left of a label that starts at the line, so the flags stay put.
            var x = label.severity != nil && label.anchor == "start" ? label.x - 16 : label.x
            var anchor = label.anchor
            if anchor == "middle" {
                // A label in the middle of a line sits on a white patch so the line does not run
                // through it; centred by hand (11px monospace: about 7px a character), because
                // some renderers misplace a centred text that holds a coloured marker.
                let width = parts.reduce(0) { $0 + $1.0.count } * 7
                x = label.x - width / 2
                anchor = "start"
                canvas.leaf(
                    "rect",
                    [
                        "x": "\(x - 2)", "y": "\(label.y - 10)", "width": "\(width + 4)", "height": "13",
                        "fill": "#ffffff",
                    ])
            }
            canvas.text(parts, x: x, y: label.y, attributes: ["text-anchor": anchor, "fill": "#37474f"])
        }
        canvas.close("g")

        drawLegend(at: geometry.legendY, into: &canvas)
        if picture.nodes.isEmpty {
            canvas.text([("Empty design", nil)], x: margin, y: margin + 12, attributes: ["fill": "#607d8b"])
        }
        return canvas.document(width: geometry.width, height: geometry.height)
    }

    static func drawNode(_ node: TopologyPicture.Node, box: Box, into canvas: inout SVGCanvas) {
        canvas.open("g", ["id": "vnet-\(node.index)"])
        canvas.leaf("title", [:], text: node.name)
        let isHub = node.role == .hub
        canvas.leaf(
            "rect",
            [
                "x": "\(box.x)", "y": "\(box.y)", "width": "\(boxWidth)", "height": "\(box.height)", "rx": "6",
                "fill": isHub ? "#e3eefc" : "#ffffff",
                "stroke": node.worstInside?.colour ?? (isHub ? "#1f4e9a" : "#78909c"),
                "stroke-width": isHub || node.worstInside != nil ? "2.5" : "1.5",
            ])
        for (position, line) in node.lines.enumerated() {
            var runs: [(String, String?)] = []
            if let severity = line.severity { runs.append((severity.marker + " ", severity.colour)) }
            runs.append((truncated(line.text, to: lineCharacters - (line.severity == nil ? 0 : 2)), nil))
            var attributes: [String: String]
            switch line.kind {
            case .name: attributes = ["font-weight": "bold", "fill": "#102a43"]
            case .prefixes: attributes = ["fill": "#1f4e9a"]
            case .subnet: attributes = ["fill": "#263238"]
            case .service: attributes = ["fill": "#6a1b9a"]
            }
            canvas.text(runs, x: box.x + 8, y: box.y + 18 + position * lineHeight, attributes: attributes)
        }
        canvas.close("g")
    }

    static func drawLegend(at y: Int, into canvas: inout SVGCanvas) {
        canvas.open("g", ["font-size": "11", "fill": "#37474f"])
        let flags = VirtualNetworkPeering.flagLetterMeanings.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        canvas.text([("Peering flags: \(flags); - off", nil)], x: margin, y: y, attributes: [:])
        canvas.text(
            [("Labels: hub half next to the hub, spoke half next to the spoke; dashed: one half only", nil)],
            x: margin, y: y + lineHeight, attributes: [:])
        var findings: [(String, String?)] = [("Findings: ", nil)]
        for (position, severity) in Severity.allCases.reversed().enumerated() {
            if position > 0 { findings.append((", ", nil)) }
            findings.append((severity.marker, severity.colour))
            findings.append((" \(severity.rawValue)", nil))
        }
        canvas.text(findings, x: margin, y: y + 2 * lineHeight, attributes: [:])
        canvas.text(
            [("Services: GW gateway, FW firewall, BAS Bastion, RS Route Server", nil)], x: margin,
            y: y + 3 * lineHeight, attributes: [:])
        canvas.close("g")
    }

    static func truncated(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A VNet's box in pixels.
    struct Box {
        var x: Int
        var y: Int
        var height: Int
        var bottom: Int { y + height }
        var centerX: Int { x + SVGWriter.boxWidth / 2 }
        var centerY: Int { y + height / 2 }
    }

    /// Slots and rows of the layout turned into pixels, and the lane each edge that leaves the
    /// bus takes: hub-to-hub lanes under the hubs, lanes above the top row and below the bottom
    /// row for peerings between two VNets of the same row.
    struct Geometry {
        enum Band { case above, hubs, below }

        struct Lane {
            var band: Band
            var y: Int
        }

        var boxes: [Int: Box] = [:]
        /// Keyed by the edge's position in `picture.edges`.
        var lanes: [Int: Lane] = [:]
        var busAbove = 0
        var busBelow = 0
        var legendY = 0
        var width = 0
        var height = 0

        init(_ picture: TopologyPicture) {
            let layout = picture.layout
            func boxHeight(_ index: Int) -> Int { 10 + picture.nodes[index].lines.count * lineHeight }
            let groups = layout.groups
            let aboveHeight = groups.flatMap(\.above).map(boxHeight).max() ?? 0
            let hubHeight = groups.map(\.hub).map(boxHeight).max() ?? 0
            let belowHeight = groups.flatMap(\.below).map(boxHeight).max() ?? 0
            let aboveRow = Set(groups.flatMap(\.above))
            let belowRow = Set(groups.flatMap(\.below))
            var laneCounts: [Band: Int] = [:]
            var assigned: [(position: Int, band: Band, number: Int)] = []
            for (position, edge) in picture.edges.enumerated() where edge.kind != .hubToSpoke {
                let band: Band
                if edge.kind == .hubToHub {
                    band = .hubs
                } else if aboveRow.contains(edge.from) && aboveRow.contains(edge.to) {
                    band = .above
                } else if belowRow.contains(edge.from) && belowRow.contains(edge.to) {
                    band = .below
                } else {
                    continue
                }
                assigned.append((position, band, laneCounts[band, default: 0]))
                laneCounts[band, default: 0] += 1
            }
            func reserve(_ band: Band) -> Int { laneCounts[band].map { 16 * $0 + 12 } ?? 0 }
            let stride = boxWidth + gap
            let contentWidth = max(0, layout.width * stride - gap)
            width = max(2 * margin + contentWidth, 720)
            let left = (width - contentWidth) / 2

            let aboveY = margin + reserve(.above)
            let hubY = aboveHeight > 0 ? aboveY + aboveHeight + bandGap : margin
            busAbove = hubY - 24
            let hubLaneBase = hubY + hubHeight + 16
            busBelow = hubY + hubHeight + reserve(.hubs) + 24
            let belowY = busBelow + 40
            let belowBottom = belowY + belowHeight
            var bottom = hubY + hubHeight + reserve(.hubs)
            if belowHeight > 0 { bottom = belowBottom + reserve(.below) }
            for lane in assigned {
                let y =
                    switch lane.band {
                    case .above: aboveY - 10 - 16 * lane.number
                    case .hubs: hubLaneBase + 16 * lane.number
                    case .below: belowBottom + 20 + 16 * lane.number
                    }
                lanes[lane.position] = Lane(band: lane.band, y: y)
            }

            var slot = 0
            for group in groups {
                let groupX = left + slot * stride
                let span = group.width * stride - gap
                boxes[group.hub] = Box(x: groupX + (span - boxWidth) / 2, y: hubY, height: boxHeight(group.hub))
                for (row, y) in [(group.above, aboveY), (group.below, belowY)] {
                    let rowSpan = row.count * stride - gap
                    for (position, index) in row.enumerated() {
                        let x = groupX + (span - rowSpan) / 2 + position * stride
                        // Boxes above hang from the bus: their bottoms line up.
                        let top = row == group.above ? y + aboveHeight - boxHeight(index) : y
                        boxes[index] = Box(x: x, y: top, height: boxHeight(index))
                    }
                }
                slot += group.width
            }
            legendY = bottom + 36
            height = legendY + 3 * lineHeight + margin
        }
    }
}
