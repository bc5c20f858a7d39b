/// SVG text written element by element, with every attribute value and text node escaped and
/// attributes in sorted order, so equal drawings give equal bytes.
struct SVGCanvas {
    private var body: [String] = []
    private var depth = 1

    mutating func open(_ element: String, _ attributes: [String: String]) {
        body.append(indent + "<\(element)\(Self.render(attributes))>")
        depth += 1
    }

    mutating func close(_ element: String) {
        depth -= 1
        body.append(indent + "</\(element)>")
    }

    mutating func leaf(_ element: String, _ attributes: [String: String], text: String? = nil) {
        if let text {
            body.append(indent + "<\(element)\(Self.render(attributes))>\(Self.escape(text))</\(element)>")
        } else {
            body.append(indent + "<\(element)\(Self.render(attributes))/>")
        }
    }

    /// A `<text>` of runs; a run with a colour becomes a `<tspan>` filled with it.
    mutating func text(_ runs: [(String, String?)], x: Int, y: Int, attributes: [String: String]) {
        var attributes = attributes
        attributes["x"] = "\(x)"
        attributes["y"] = "\(y)"
        let content = runs.map { run in
            run.1.map { "<tspan fill=\"\(Self.escape($0))\">\(Self.escape(run.0))</tspan>" } ?? Self.escape(run.0)
        }.joined()
        body.append(indent + "<text\(Self.render(attributes))>\(content)</text>")
    }

    func document(width: Int, height: Int) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(width)\" height=\"\(height)\" "
                + "viewBox=\"0 0 \(width) \(height)\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" "
                + "font-size=\"12\">",
            "  <title>hubspoke diagram</title>",
            "  <rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>",
        ]
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    private static func render(_ attributes: [String: String]) -> String {
        attributes.keys.sorted().map { " \($0)=\"\(escape(attributes[$0]!))\"" }.joined()
    }

    /// XML's five special characters.
    static func escape(_ text: String) -> String {
        escaped(text, ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;"])
    }
}
