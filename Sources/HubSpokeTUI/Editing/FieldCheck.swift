import HubSpokeCore

/// A check on a field's typed value that needs more than the text: the subnet an address must
/// fall in, the SKUs a gateway type allows, the credential forms a VM accepts. Built by
/// ``ResourceFields`` with the design in hand; two checks are the same when their names are.
public struct FieldCheck: Hashable, Sendable {
    /// Identifies the check (for equality and tests), e.g. `gateway-sku:Vpn`.
    public var name: String
    /// Values completion offers.
    public var suggestions: [String]
    /// Returns the value to store (normalised), or the reason it is refused.
    public var accept: @Sendable (String) -> Result<String, PaletteError>

    public init(
        name: String, suggestions: [String] = [], accept: @escaping @Sendable (String) -> Result<String, PaletteError>
    ) {
        self.name = name
        self.suggestions = suggestions
        self.accept = accept
    }

    public static func == (a: FieldCheck, b: FieldCheck) -> Bool { a.name == b.name && a.suggestions == b.suggestions }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(suggestions)
    }
}
