import ArgumentParser
import Foundation
import HubSpokeCore
import HubSpokeDiagram

/// `hubspoke diagram design.hubspoke.json -o topology.svg`: the topology as a picture for a
/// pull request or a wiki, with the validator's findings marked on it.
struct Diagram: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagram",
        abstract: "Draw a design as a Mermaid, Graphviz DOT or SVG picture.",
        discussion: """
            Hubs in the middle, spokes above and below (the designer's diagram view), subnets with \
            their prefixes, gateways, firewalls and Bastion hosts, peerings labelled with both \
            halves' flags (A access, F forwarded, G gateway transit, R use remote gateways) and \
            findings marked (✖ error, ▲ warning, ● info). The format comes from --format, else from \
            the -o extension (.svg, .dot/.gv, .mmd, or .md for Mermaid fenced in Markdown), else \
            Mermaid. Exit codes: 0 written; 2 the design could not be read, the output exists \
            without --force, or the command was misused.
            """)

    @Argument(help: "The design: *.hubspoke.json or *.bicep.")
    var file: String

    @Option(help: "Picture format: mermaid, dot or svg.")
    var format: DiagramFormat?

    @Option(name: .shortAndLong, help: "Where to write the picture ('-' or nothing for standard output).")
    var output: String = "-"

    @Flag(help: "Overwrite an existing output file.")
    var force = false

    @Option(name: .customLong("param"), help: ArgumentHelp("Bicep parameter override.", valueName: "name=value"))
    var parameters: [String] = []

    @Option(name: .customLong("params"), help: ArgumentHelp("A .bicepparam file.", valueName: "file"))
    var parametersFile: String?

    func validate() throws {
        if format == nil, output != "-", DiagramFormat(fileName: output) == nil {
            throw ValidationError(
                "Cannot tell the format from '\(output)': use --format mermaid|dot|svg or an .svg, .dot or .mmd name.")
        }
    }

    func run() throws {
        let document = try DesignLoader.loadOrExit(file, parameters: parameters, parametersFile: parametersFile)
        let picture = TopologyPicture(design: document.design, findings: Validator().validate(document))
        let chosen = format ?? DiagramFormat(fileName: output) ?? .mermaid
        try OutputFile.write(chosen.render(picture, fileName: output), to: output, force: force)
    }
}

extension DiagramFormat: ExpressibleByArgument {}
