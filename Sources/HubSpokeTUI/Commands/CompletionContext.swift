/// What the command palette can complete: names and paths from the current design and the
/// fields a path supports. Built from the design by the app; tests build it by hand.
public struct CompletionContext: Sendable {
    public var virtualNetworks: [String]
    public var paths: [String]
    public var themes: [String]
    public var securityGroups: [String] = []
    public var routeTables: [String] = []
    /// Subnet paths and NIC names (`:attach` targets).
    public var attachTargets: [String] = []
    /// Field names accepted by `:set` for a path.
    public var fields: @Sendable (String) -> [String]
    /// Suggested values for a field of a path (e.g. true/false for flags).
    public var values: @Sendable (String, String) -> [String]

    public init(
        virtualNetworks: [String] = [], paths: [String] = [], themes: [String] = BuiltInThemes.names,
        fields: @escaping @Sendable (String) -> [String] = { _ in [] },
        values: @escaping @Sendable (String, String) -> [String] = { _, _ in [] }
    ) {
        self.virtualNetworks = virtualNetworks
        self.paths = paths
        self.themes = themes
        self.fields = fields
        self.values = values
    }
}
