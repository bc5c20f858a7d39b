import ArgumentParser
import Foundation
import HubSpokeBicep
import HubSpokeCore

/// `hubspoke export design.hubspoke.json -o main.bicep`: writes idiomatic Bicep. The same
/// design always gives the same bytes; credentials become `@secure()` parameters.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a design as Bicep.",
        discussion: """
            One API version per provider, 'param location' for the deployment's region, passwords \
            only as @secure() parameters, 'parent:' for child resources. Exit codes: 0 written; 2 \
            the design could not be read, the output exists without --force, or the command was \
            misused.
            """)

    @Argument(help: "The design: *.hubspoke.json (or *.bicep, to normalise it).")
    var file: String

    @Option(name: .shortAndLong, help: "Where to write the Bicep ('-' for standard output).")
    var output: String

    @Flag(help: "Overwrite an existing output file.")
    var force = false

    func run() throws {
        let document = try DesignLoader.loadOrExit(file)
        try OutputFile.write(BicepWriter.write(document.design), to: output, force: force)
    }
}
