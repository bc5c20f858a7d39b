/// The panes that take keyboard focus, in Tab order.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case topology
    case inspector
    case findings

    public var title: String {
        switch self {
        case .topology: "Topology"
        case .inspector: "Inspector"
        case .findings: "Validation"
        }
    }
}
