import HubSpokeCore

/// Everything the screen shows, as one value. The reducer derives a new state from an action;
/// views render a state; nothing else changes it. Past designs for undo are kept as values
/// (a `Design` shares storage until it is changed, so an undo step costs little).
public struct AppState: Sendable {
    /// Change it through the reducer, which keeps `outline` in step.
    public internal(set) var design: Design
    /// Bumped on every design change; validation results carry the revision they were made for.
    public var designRevision = 0
    public var findings: [Finding] = []
    public var findingIndex = FindingIndex()
    public var validatedRevision = -1

    public var filePath: String?
    public var isDirty = false
    public var undoStack: [Design] = []
    public var redoStack: [Design] = []
    public static let undoLimit = 1000

    public var focus: Pane = .topology
    public var showsDiagram = false
    public var selectedPath: String?
    public internal(set) var topologyFilter = ""
    public var findingsFilter = ""
    public var topologyScroll = 0
    public var findingsSelection = 0
    public var findingsScroll = 0
    public var inspectorSelection = 0
    /// In the peering editor: 0 the selected half, 1 the remote half.
    public var inspectorColumn = 0

    public var mode: Mode = .normal
    public var message: StatusMessage?
    public var commandHistory: [String] = []
    public var themeName = "dark"
    public var width: Int
    public var height: Int
    /// The tree rows for `design` and `topologyFilter`; rebuilt when resources are added or
    /// removed or the filter changes, not on field edits.
    public internal(set) var outline: TopologyOutline
    /// A design read from a recovery file, offered in `.recoveryPrompt`.
    public var pendingRecovery: Design?
    /// The reachability pane (`r`, `:reach`): its form, question and live answer.
    public var reachability = ReachabilityPane()

    public init(design: Design, filePath: String?, width: Int = 120, height: Int = 40) {
        self.design = design
        self.filePath = filePath
        self.width = width
        self.height = height
        outline = TopologyOutline(design: design)
        if let first = outline.firstSelectable { selectedPath = outline.path(ofRow: first, in: design) }
    }

    public var layout: Layout { Layout(width: width, height: height) }

    /// Row of the selection in the outline.
    public var selectedRow: Int? { selectedPath.flatMap { outline.index(of: $0, in: design) } }

    mutating func rebuildOutline() {
        outline = TopologyOutline(design: design, filter: topologyFilter)
    }

    /// The path of the first selectable row, for when the selection disappears.
    var firstSelectablePath: String? { outline.firstSelectable.flatMap { outline.path(ofRow: $0, in: design) } }

    /// The findings shown in the validation pane (after its filter), in validator order.
    public var visibleFindings: [Finding] {
        FindingsFilter(findingsFilter).apply(findings)
    }

    /// The file name shown in the status line.
    public var displayName: String {
        guard let filePath else { return "[example: not saved]" }
        return filePath.split(separator: "/").last.map(String.init) ?? filePath
    }
}
