/// The export dialog's state: the Bicep text the writer produced for the current design, how
/// far it is scrolled, and whether the target exists (then Enter asks before overwriting).
/// The runner fills it in (`Effect.prepareExport`), so the reducer never touches the disk.
public struct ExportPreview: Hashable, Sendable {
    public var path: String
    public var lines: [String]
    /// First line shown.
    public var scroll = 0
    /// The target file exists; writing asks y/n first.
    public var fileExists: Bool
    /// Enter was pressed on an existing file: waiting for y/n.
    public var confirmingOverwrite = false

    public init(path: String, text: String, fileExists: Bool) {
        self.path = path
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
        self.fileExists = fileExists
    }

    /// Scrolls by `delta` lines, keeping a page of `visibleLines` filled where the text allows.
    public mutating func scroll(by delta: Int, visibleLines: Int) {
        scroll = max(0, min(scroll + delta, max(0, lines.count - visibleLines)))
    }
}
