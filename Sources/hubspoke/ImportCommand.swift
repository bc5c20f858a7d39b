import ArgumentParser
import Foundation
import HubSpokeBicep
import HubSpokeCore
import HubSpokeDesignFile

/// `hubspoke import main.bicep -o design.hubspoke.json`: reads Bicep (following local modules)
/// into a design file. What the model does not hold is listed on standard error, so nothing is
/// dropped without the user hearing of it.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a Bicep file into a design file (*.hubspoke.json).",
        discussion: """
            Resources of types hubspoke does not model are kept verbatim and written back by \
            'export'; properties it does not model are listed on standard error. Exit codes: 0 \
            written; 2 the Bicep could not be read, the output exists without --force, or the \
            command was misused.
            """)

    @Argument(help: "The Bicep file (*.bicep).")
    var file: String

    @Option(name: .shortAndLong, help: "Where to write the design ('-' for standard output).")
    var output: String

    @Option(name: .customLong("param"), help: ArgumentHelp("Bicep parameter override.", valueName: "name=value"))
    var parameters: [String] = []

    @Option(name: .customLong("params"), help: ArgumentHelp("A .bicepparam file.", valueName: "file"))
    var parametersFile: String?

    @Flag(help: "Overwrite an existing output file.")
    var force = false

    func validate() throws {
        guard DesignLoader.isBicep(file) else { throw ValidationError("'\(file)' is not a .bicep file.") }
    }

    func run() throws {
        let result: BicepImport
        do {
            result = try BicepReader.importFile(
                at: file, parameters: try DesignLoader.parameters(parameters), parametersFile: parametersFile)
        } catch let error as LoadError {
            FileHandle.standardError.write(Data("hubspoke: \(error.message)\n".utf8))
            throw ExitCode(2)
        } catch {
            FileHandle.standardError.write(Data("hubspoke: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let document = result.document
        try OutputFile.write(DesignFile.encode(document.design), to: output, force: force)
        var notes: [String] = []
        for entry in document.unknowns.entries {
            let place = entry.location.map { "\($0): " } ?? ""
            notes.append("\(place)\(entry.resource) \(entry.field): \(entry.sourceText)")
        }
        for p in document.design.passthrough {
            let place = p.file.map { f in p.line.map { "\(f):\($0): " } ?? "\(f): " } ?? ""
            notes.append("\(place)\(p.symbolicName): \(p.type) is not modelled; kept verbatim")
        }
        for property in result.notModelled {
            let place = property.location.map { "\($0): " } ?? ""
            notes.append("\(place)\(property.resource) \(property.property) is not modelled; export leaves it out")
        }
        for note in document.sourceMap.notes {
            notes.append("\(note.location.map { "\($0): " } ?? "")\(note.detail)")
        }
        if !notes.isEmpty {
            FileHandle.standardError.write(Data(notes.map { "hubspoke: info: \($0)\n" }.joined().utf8))
        }
    }
}
