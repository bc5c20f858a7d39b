/// A Bicep expression with the source range it was read from.
///
/// The tree is immutable after parsing; copies share storage, so holding on to a
/// declaration's body (as `EvaluatedResource` does) costs a reference, not a copy.
public struct BicepExpression: Hashable, Sendable {
    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// Leaves (strings, numbers, names) and literal arrays and objects are stored inline; only
    /// the cases that hold another expression directly are boxed. Parsing a 5 MB file builds
    /// close to half a million nodes, and each box is an allocation and a free.
    public enum Kind: Hashable, Sendable {
        /// `'a${x}b'`: `segments.count == interpolations.count + 1`; escapes already decoded.
        case string(segments: [String], interpolations: [BicepExpression])
        /// `'''text'''` (no interpolation, no escapes).
        case multilineString(String)
        case integer(Int)
        case boolean(Bool)
        case null
        case identifier(String)
        /// Items may be `.spread`.
        case array([BicepExpression])
        case object([BicepObjectItem])
        /// `base.name`, or `base.?name` when `isSafe`.
        indirect case propertyAccess(base: BicepExpression, name: String, isSafe: Bool)
        /// `base[index]`, or `base[?index]` when `isSafe`.
        indirect case indexAccess(base: BicepExpression, index: BicepExpression, isSafe: Bool)
        /// `parent::child`: a nested resource.
        indirect case resourceAccess(base: BicepExpression, name: String)
        /// `expression!`
        indirect case nonNullAssertion(BicepExpression)
        /// `name(args)`, `ns.name(args)`, `resource.listKeys()`.
        indirect case call(BicepFunctionCall)
        indirect case unary(BicepUnaryOperator, BicepExpression)
        indirect case binary(BicepBinaryOperator, BicepExpression, BicepExpression)
        indirect case ternary(condition: BicepExpression, then: BicepExpression, else: BicepExpression)
        /// `x => body`, `(x, i) => body`.
        indirect case lambda(parameters: [String], body: BicepExpression)
        /// `[for item in iterable: body]`, `[for (item, index) in iterable: body]`.
        indirect case forLoop(BicepForLoop)
        /// `if (condition) body`: a declaration body or a loop filter.
        indirect case conditional(condition: BicepExpression, body: BicepExpression)
        /// `...expression` inside an array or an object.
        indirect case spread(BicepExpression)
        indirect case parenthesized(BicepExpression)
    }
}

/// An item of an object literal. Properties, by far the most common item, are stored inline:
/// a box per property cost an allocation and a free each, more than copying the property out
/// when iterating. Nested resource declarations are large and rare, so they stay boxed.
public enum BicepObjectItem: Hashable, Sendable {
    case property(BicepObjectProperty)
    /// `...expression`
    case spread(BicepExpression)
    /// A child resource declared inside its parent's body.
    indirect case resource(BicepResourceDeclaration)
}

/// `key: value` in an object literal.
public struct BicepObjectProperty: Hashable, Sendable {
    public enum Key: Hashable, Sendable {
        /// An identifier or a string without interpolation.
        case name(String)
        /// An interpolated string key (boxed: rare, and it keeps `Key` as small as a string).
        indirect case expression(BicepExpression)
    }

    public var key: Key
    public var keyRange: SourceRange
    public var value: BicepExpression

    public init(key: Key, keyRange: SourceRange, value: BicepExpression) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }

    /// The literal key name, if it is not interpolated.
    public var name: String? {
        if case .name(let name) = key { return name }
        return nil
    }
}

/// A function call. `base` is the namespace (`sys`, `az`) or the resource/object the
/// function is called on (`storage.listKeys()`).
public struct BicepFunctionCall: Hashable, Sendable {
    public var base: BicepExpression?
    public var name: String
    public var nameRange: SourceRange
    public var arguments: [BicepExpression]

    public init(base: BicepExpression?, name: String, nameRange: SourceRange, arguments: [BicepExpression]) {
        self.base = base
        self.name = name
        self.nameRange = nameRange
        self.arguments = arguments
    }

    /// The namespace when the call is `sys.f()` / `az.f()` (or any other identifier base).
    public var namespace: String? {
        if case .identifier(let name)? = base?.kind { return name }
        return nil
    }
}

/// `for item in iterable` / `for (item, index) in iterable`.
public struct BicepForLoop: Hashable, Sendable {
    public var itemName: String?
    public var indexName: String?
    public var iterable: BicepExpression
    /// The loop body; `.conditional` when the loop has a filter.
    public var body: BicepExpression

    public init(itemName: String?, indexName: String?, iterable: BicepExpression, body: BicepExpression) {
        self.itemName = itemName
        self.indexName = indexName
        self.iterable = iterable
        self.body = body
    }
}

public enum BicepUnaryOperator: String, Hashable, Sendable {
    case not = "!"
    case minus = "-"
}

/// Binary operators, from tightest to loosest binding:
/// `* / %`, `+ -`, `< <= > >=`, `== != =~ !~`, `&&`, `||`, `??`.
public enum BicepBinaryOperator: String, Hashable, Sendable {
    case multiply = "*"
    case divide = "/"
    case modulo = "%"
    case add = "+"
    case subtract = "-"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equals = "=="
    case notEquals = "!="
    case equalsInsensitive = "=~"
    case notEqualsInsensitive = "!~"
    case and = "&&"
    case or = "||"
    case coalesce = "??"

    /// Larger binds tighter.
    var precedence: Int {
        switch self {
        case .multiply, .divide, .modulo: 7
        case .add, .subtract: 6
        case .less, .lessOrEqual, .greater, .greaterOrEqual: 5
        case .equals, .notEquals, .equalsInsensitive, .notEqualsInsensitive: 4
        case .and: 3
        case .or: 2
        case .coalesce: 1
        }
    }
}
