/// `@name(args)` or `@ns.name(args)` above a declaration or an object type property.
public struct BicepDecorator: Hashable, Sendable {
    /// `sys` in `@sys.description('...')`, otherwise nil.
    public var namespace: String?
    public var name: String
    public var arguments: [BicepExpression]
    public var range: SourceRange

    public init(namespace: String?, name: String, arguments: [BicepExpression], range: SourceRange) {
        self.namespace = namespace
        self.name = name
        self.arguments = arguments
        self.range = range
    }
}

extension Array where Element == BicepDecorator {
    /// The first decorator with this name (any namespace), compared case-sensitively like Bicep.
    public func first(named name: String) -> BicepDecorator? { first { $0.name == name } }

    /// Whether `@secure()` is present.
    public var containsSecure: Bool { contains { $0.name == "secure" } }
}
