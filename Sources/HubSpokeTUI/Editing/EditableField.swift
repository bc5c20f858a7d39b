import HubSpokeCore

/// One property of a resource as the inspector and `:set` see it: its Azure name, its current
/// value as text, how typed text is checked, and how the checked value is written back.
public struct EditableField: Sendable {
    public var name: String
    public var value: String
    public var kind: FieldKind
    /// Writes an accepted value (already normalised by `kind`) into the design.
    public var apply: @Sendable (inout Design, String) -> Void

    public init(name: String, value: String, kind: FieldKind, apply: @escaping @Sendable (inout Design, String) -> Void)
    {
        self.name = name
        self.value = value
        self.kind = kind
        self.apply = apply
    }
}
