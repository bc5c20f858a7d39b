import HubSpokeCore

/// The picture formats `hubspoke diagram` and `:diagram` write.
public enum DiagramFormat: String, CaseIterable, Hashable, Sendable {
    /// A Mermaid `flowchart`, rendered by code hosts in Markdown.
    case mermaid
    /// Graphviz DOT, for `dot -Tpng` and wikis with a Graphviz plug-in.
    case dot
    /// SVG 1.1 drawn by hubspoke itself, no renderer needed.
    case svg

    /// The format a file name asks for: `.mmd`/`.mermaid`/`.md`, `.dot`/`.gv`, `.svg`.
    public init?(fileName: String) {
        let lower = fileName.asciiLowercased
        if lower.hasSuffix(".svg") {
            self = .svg
        } else if lower.hasSuffix(".dot") || lower.hasSuffix(".gv") {
            self = .dot
        } else if lower.hasSuffix(".mmd") || lower.hasSuffix(".mermaid") || lower.hasSuffix(".md") {
            self = .mermaid
        } else {
            return nil
        }
    }

    /// The picture as text; the same design and findings always give the same bytes. Mermaid
    /// written to a Markdown file (`.md`) is fenced as a `mermaid` code block, the form code
    /// hosts render.
    public func render(_ picture: TopologyPicture, fileName: String? = nil) -> String {
        switch self {
        case .mermaid:
            let text = MermaidWriter.write(picture)
            return fileName?.asciiLowercased.hasSuffix(".md") == true ? "```mermaid\n" + text + "```\n" : text
        case .dot: return DOTWriter.write(picture)
        case .svg: return SVGWriter.write(picture)
        }
    }
}

extension Severity {
    /// The marker the pictures put before a resource with a finding; it reads without colour.
    public var marker: String {
        switch self {
        case .error: "✖"
        case .warning: "▲"
        case .info: "●"
        }
    }

    /// The stroke colour the pictures use for a resource or edge with a finding.
    var colour: String {
        switch self {
        case .error: "#c62828"
        case .warning: "#e08a00"
        case .info: "#1565c0"
        }
    }
}
