import HubSpokeCore
import HubSpokeDiagram

/// `:diagram FILE.svg|FILE.mmd|FILE.dot`: the design as a picture, the same one
/// `hubspoke diagram` writes, with the findings on screen marked. The format comes from the
/// file's extension; the text is made here (pure) and written by the runner.
public enum DiagramPaletteCommand {
    public static let usage = "diagram FILE.svg|FILE.mmd|FILE.dot"

    static func parse(_ arguments: [String]) throws(PaletteError) -> PaletteCommand {
        guard arguments.count == 1 else { throw PaletteError("usage: :\(usage)") }
        guard DiagramFormat(fileName: arguments[0]) != nil else {
            throw PaletteError("cannot tell the picture format of \(arguments[0]): name it .svg, .mmd or .dot")
        }
        return .diagram(file: arguments[0])
    }

    static func effects(_ state: AppState, file: String) throws(PaletteError) -> [Effect] {
        guard let format = DiagramFormat(fileName: file) else {
            throw PaletteError("cannot tell the picture format of \(file): name it .svg, .mmd or .dot")
        }
        let picture = TopologyPicture(design: state.design, findings: state.findings)
        return [.writeDiagram(text: format.render(picture, fileName: file), path: file)]
    }

    /// The runner's side: writes the picture through `storage` when it can write text, and
    /// returns the action that reports how it went.
    static func write(_ text: String, to path: String, through storage: any DesignStorage) -> Action {
        guard let writer = storage as? any TextFileStorage else {
            return .saveFailed("no text file writer in this build: cannot write \(path)")
        }
        do {
            try writer.writeText(text, path: path)
            return .diagramWritten(path: path)
        } catch {
            return .saveFailed("\(error)")
        }
    }
}
