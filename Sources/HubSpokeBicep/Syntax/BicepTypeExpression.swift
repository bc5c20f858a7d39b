/// A type as written after `param x`, `output y`, `type t =`, in `func` signatures and in
/// typed variables.
public struct BicepTypeExpression: Hashable, Sendable {
    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    public indirect enum Kind: Hashable, Sendable {
        /// `string`, `int`, `bool`, `object`, `array`, `any`, or a user-defined type name.
        case name(String)
        /// `ns.typeName`, `resourceInput<'T@v'>.properties`.
        case member(base: BicepTypeExpression, name: String)
        /// `t[0]`, `t[*]`.
        case index(base: BicepTypeExpression, index: String)
        case stringLiteral(String)
        case integerLiteral(Int)
        case booleanLiteral(Bool)
        case null
        /// `{ a: string, 'b-c': int?, *: string }`
        case object(properties: [BicepObjectTypeProperty], additionalProperties: BicepTypeExpression?)
        /// `string[]`
        case array(element: BicepTypeExpression)
        /// `[string, int]`
        case tuple([BicepTypeExpression])
        /// `'a' | 'b'`
        case union([BicepTypeExpression])
        /// `string?`
        case nullable(BicepTypeExpression)
        /// `resourceInput<'Microsoft.Network/virtualNetworks@2024-05-01'>` and friends.
        case generic(name: String, arguments: [BicepTypeExpression])
        /// `resource 'Microsoft.Network/virtualNetworks@2024-05-01'` (resource-typed params and outputs).
        case resource(String)
        case parenthesized(BicepTypeExpression)
    }

    /// The simple type name (`string`, `int`, ...) when the type is one.
    public var simpleName: String? {
        switch kind {
        case .name(let name): name
        case .nullable(let inner), .parenthesized(let inner): inner.simpleName
        default: nil
        }
    }
}

/// A property of an object type, with its own decorators.
public struct BicepObjectTypeProperty: Hashable, Sendable {
    public var decorators: [BicepDecorator]
    public var name: String
    public var type: BicepTypeExpression
    public var range: SourceRange

    public init(decorators: [BicepDecorator], name: String, type: BicepTypeExpression, range: SourceRange) {
        self.decorators = decorators
        self.name = name
        self.type = type
        self.range = range
    }
}
