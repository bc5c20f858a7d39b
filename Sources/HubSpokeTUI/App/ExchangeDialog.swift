import HubSpokeCore

/// The dialogs of export and import, one at a time: the file name for `E`, the Bicep preview
/// of `:export`, and the merge-or-replace question of `:import`.
public enum ExchangeDialog: Hashable, Sendable {
    /// `E`: the file to export to (defaults to the design's name with `.bicep`).
    case exportFileName(LineInput)
    /// The Bicep text about to be written, scrollable; Enter writes, Esc cancels.
    case exportPreview(ExportPreview)
    /// A design read by `:import`: m merges, r replaces, Esc cancels.
    case importChoice(ImportOffer)
}

/// What `:import` read, waiting for the user to choose merge or replace.
public struct ImportOffer: Hashable, Sendable {
    public var path: String
    public var design: Design

    public init(path: String, design: Design) {
        self.path = path
        self.design = design
    }
}
