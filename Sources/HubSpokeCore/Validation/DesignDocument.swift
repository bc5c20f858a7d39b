/// A design as a reader produced it: the design value plus what the reader could not know and
/// where each resource was written. `validate` takes this from any reader, so a new input
/// format is one new reader, not a second validator.
public struct DesignDocument: Sendable {
    public var design: Design
    public var unknowns: UnknownValues
    public var sourceMap: SourceMap

    public init(design: Design, unknowns: UnknownValues = UnknownValues(), sourceMap: SourceMap = SourceMap()) {
        self.design = design
        self.unknowns = unknowns
        self.sourceMap = sourceMap
    }
}

extension Validator {
    public func validate(_ document: DesignDocument) -> [Finding] {
        validate(document.design, unknowns: document.unknowns, sourceMap: document.sourceMap)
    }
}
