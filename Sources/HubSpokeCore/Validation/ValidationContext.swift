/// Everything a rule may read: the design, its index, and what is not known about it.
public struct ValidationContext: Sendable {
    public let design: Design
    public let index: DesignIndex
    public let unknowns: UnknownValues

    public init(design: Design, unknowns: UnknownValues = UnknownValues()) {
        self.design = design
        self.index = DesignIndex(design)
        self.unknowns = unknowns
    }

    /// Shorthand for rules: is this property of this resource unknown?
    public func isUnknown(_ resource: String, _ field: String) -> Bool {
        unknowns.contains(resource: resource, field: field)
    }
}
