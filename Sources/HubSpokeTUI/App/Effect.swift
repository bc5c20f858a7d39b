import HubSpokeCore

/// Work the reducer asks the runner to do outside the pure state update: file I/O, quitting,
/// loading a theme. The runner reports the outcome back as an ``Action``.
public enum Effect: Hashable, Sendable {
    case save(design: Design, path: String, quitAfter: Bool)
    case load(path: String)
    /// Write the design to another file (Bicep) without making it the document's file.
    case export(design: Design, path: String)
    /// Write a picture of the design (`:diagram`), atomically.
    case writeDiagram(text: String, path: String)
    case quit(code: Int32)
    case applyTheme(String)
    /// Remove the recovery file of the current design (after a save, or when discarded).
    case discardRecovery
    /// Render the design as Bicep and check whether `path` exists, for the export dialog.
    case prepareExport(design: Design, path: String)
    /// Read a `.bicep` or `.hubspoke.json` file for `:import`.
    case readImport(path: String)
}
