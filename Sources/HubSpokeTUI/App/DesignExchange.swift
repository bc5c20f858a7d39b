import HubSpokeCore

/// What export and import need from the file formats, injected like ``DesignStorage`` so the
/// TUI stays free of Bicep: the executable implements it with the Bicep writer and the
/// design readers. A storage that also conforms is picked up by ``AppRunner``.
public protocol DesignExchange: Sendable {
    /// The Bicep text `design` exports as: what `:export` writes, shown in the preview.
    func bicepText(for design: Design) -> String
    /// Whether writing `path` would replace a file (the export dialog asks first).
    func fileExists(path: String) -> Bool
    /// Reads a `.bicep` or `.hubspoke.json` file; an unreadable one throws an error whose
    /// message names file:line:column.
    func readDesign(path: String) throws -> Design
}
