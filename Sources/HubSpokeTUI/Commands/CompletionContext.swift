/// What the command palette can complete: names and paths from the current design and the
/// fields a path supports. Built from the design by the app; tests build it by hand.
public struct CompletionContext: Sendable {
    public var virtualNetworks: [String]
    public var paths: [String]
    public var themes: [String]
    /// VM names, NIC names and addresses for `:reach`.
    public var endpoints: @Sendable () -> [String]
    /// Field names accepted by `:set` for a path.
    public var fields: @Sendable (String) -> [String]
    /// Suggested values for a field of a path (e.g. true/false for flags).
    public var values: @Sendable (String, String) -> [String]
    /// Free prefixes for a new subnet of the named VNet, or a new VNet when nil, given the
    /// partly typed prefix or size (`/24`).
    public var prefixProposals: @Sendable (String?, String) -> [String]

    public init(
        virtualNetworks: [String] = [], paths: [String] = [], themes: [String] = BuiltInThemes.names,
        fields: @escaping @Sendable (String) -> [String] = { _ in [] },
        values: @escaping @Sendable (String, String) -> [String] = { _, _ in [] },
        prefixProposals: @escaping @Sendable (String?, String) -> [String] = { _, _ in [] },
        endpoints: @escaping @Sendable () -> [String] = { [] }
    ) {
        self.prefixProposals = prefixProposals
        self.endpoints = endpoints
        self.virtualNetworks = virtualNetworks
        self.paths = paths
        self.themes = themes
        self.fields = fields
        self.values = values
    }
}
