/// Where each pane goes for a screen size. Both the views and the reducer (mouse hit-testing)
/// use it, so a click lands on what is drawn.
public struct Layout: Hashable, Sendable {
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public let width: Int
    public let height: Int
    public let topology: Rect
    public let inspector: Rect
    public let findings: Rect
    /// The diagram takes the topology and inspector area when it is shown.
    public let diagram: Rect
    public let statusLine: Rect
    public let commandLine: Rect

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        let findingsHeight = max(7, (height - 2) / 3)
        let topHeight = max(0, height - 2 - findingsHeight)
        let topologyWidth = max(34, width * 45 / 100)
        topology = Rect(x: 0, y: 0, width: topologyWidth, height: topHeight)
        inspector = Rect(x: topologyWidth, y: 0, width: width - topologyWidth, height: topHeight)
        diagram = Rect(x: 0, y: 0, width: width, height: topHeight)
        findings = Rect(x: 0, y: topHeight, width: width, height: findingsHeight)
        statusLine = Rect(x: 0, y: height - 2, width: width, height: 1)
        commandLine = Rect(x: 0, y: height - 1, width: width, height: 1)
    }

    /// The reachability pane takes the topology and inspector area, as the diagram does.
    public var reachability: Rect { diagram }

    public var isTooSmall: Bool { width < Layout.minimumWidth || height < Layout.minimumHeight }

    public func rect(for pane: Pane, showsDiagram: Bool) -> Rect {
        switch pane {
        case .topology: showsDiagram ? diagram : topology
        case .inspector: showsDiagram ? Rect(x: 0, y: 0, width: 0, height: 0) : inspector
        case .findings: findings
        }
    }

    /// Rows of list content inside a pane's frame.
    public func visibleRows(for pane: Pane, showsDiagram: Bool) -> Int {
        max(0, rect(for: pane, showsDiagram: showsDiagram).height - 2)
    }

    public func pane(atX x: Int, y: Int, showsDiagram: Bool) -> Pane? {
        Pane.allCases.first { rect(for: $0, showsDiagram: showsDiagram).contains(x: x, y: y) }
    }
}
