/// Everything a rule may read: the design, its index, what is not known about it, and (for
/// designs read from files) where each resource was written and what the reader did not follow.
public struct ValidationContext: Sendable {
    public let design: Design
    public let index: DesignIndex
    public let unknowns: UnknownValues
    public let sourceMap: SourceMap

    public init(design: Design, unknowns: UnknownValues = UnknownValues(), sourceMap: SourceMap = SourceMap()) {
        self.design = design
        self.index = DesignIndex(design)
        self.unknowns = unknowns
        self.sourceMap = sourceMap
    }

    /// Shorthand for rules: is this property of this resource unknown?
    public func isUnknown(_ resource: String, _ field: String) -> Bool {
        unknowns.contains(resource: resource, field: field)
    }
}
