import HubSpokeCore

/// Renders a whole ``AppState`` into a ``CellGrid``: panes, status line, command line and any
/// overlay. Views only read the state.
public enum Screen {
    public static func render(_ state: AppState) -> Frame {
        var grid = CellGrid(width: state.width, height: state.height)
        let layout = state.layout
        if layout.isTooSmall {
            renderTooSmall(&grid, state)
            return Frame(grid: grid)
        }
        var reachabilityCursor: (x: Int, y: Int)?
        if state.reachability.isOpen {
            reachabilityCursor = ReachabilityView.render(state, into: &grid, rect: layout.reachability)
        } else if state.showsDiagram {
            DiagramView.render(state, into: &grid, rect: layout.diagram)
        } else {
            TopologyTreeView.render(state, into: &grid, rect: layout.topology)
            InspectorView.render(state, into: &grid, rect: layout.inspector)
        }
        FindingsView.render(state, into: &grid, rect: layout.findings)
        StatusLineView.render(state, into: &grid, rect: layout.statusLine)
        var frame = Frame(grid: grid)
        if let reachabilityCursor { (frame.cursorX, frame.cursorY) = (reachabilityCursor.x, reachabilityCursor.y) }
        CommandLineView.render(state, into: &frame, rect: layout.commandLine)
        OverlayView.render(state, into: &frame)
        return frame
    }

    static func renderTooSmall(_ grid: inout CellGrid, _ state: AppState) {
        let lines = [
            "Terminal too small",
            "\(state.width)x\(state.height); hubspoke needs at least \(Layout.minimumWidth)x\(Layout.minimumHeight)",
            "Enlarge the window, or press q to quit",
        ]
        let top = max(0, state.height / 2 - 1)
        for (i, line) in lines.enumerated() {
            let x = max(0, (state.width - line.terminalWidth) / 2)
            grid.put(line, x: x, y: top + i, role: i == 0 ? .error : .normal, style: i == 0 ? .bold : [])
        }
    }

    /// Frame of a pane with its title, highlighted when focused.
    static func frame(_ grid: inout CellGrid, _ rect: Rect, title: String, focused: Bool) {
        grid.box(
            rect, role: focused ? .borderFocused : .border, title: title, titleRole: focused ? .titleFocused : .title)
    }
}
