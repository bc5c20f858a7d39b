import HubSpokeCore

/// A property of a modelled resource type that the design has no field for
/// (`properties.enableDdosProtection`, `tags`, a subnet's `privateEndpointNetworkPolicies`).
/// Export does not write it back, so import lists it instead of dropping it silently.
///
/// These are kept out of `UnknownValues` on purpose: an unknown value makes the validator skip
/// checks on its resource, and a tag is no reason to skip a check.
public struct NotModelledProperty: Hashable, Sendable {
    /// Design path of the resource (or inline child) that holds it.
    public var resource: String
    /// Bicep property path, e.g. `properties.enableDdosProtection`.
    public var property: String
    /// The value, printed Bicep-like.
    public var valueText: String
    public var location: SourceLocation?

    public init(resource: String, property: String, valueText: String, location: SourceLocation? = nil) {
        self.resource = resource
        self.property = property
        self.valueText = valueText
        self.location = location
    }
}

/// What `import` reads from Bicep: the document `validate` takes, plus the properties the
/// model does not hold.
public struct BicepImport: Sendable {
    public var document: DesignDocument
    public var notModelled: [NotModelledProperty]

    public init(document: DesignDocument, notModelled: [NotModelledProperty] = []) {
        self.document = document
        self.notModelled = notModelled
    }
}
