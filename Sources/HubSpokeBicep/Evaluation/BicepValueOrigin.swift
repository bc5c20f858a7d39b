/// Where a property value came from, when it is a bare reference to a parameter or variable.
/// This is how the mapper tells `adminPassword: adminPassword` bound to a `@secure()`
/// parameter without default (fine) from `var adminPassword = ''` (a literal credential, SEC-007).
public indirect enum BicepValueOrigin: Hashable, Sendable {
    case parameter(BicepParameterOrigin)
    /// A variable; `definedBy` says what the variable's own expression is.
    case variable(name: String, file: String, definedBy: BicepValueOrigin)
    /// A literal (string, number, bool, null, or arrays/objects of literals).
    case literal
    /// Any other expression (a function call, an interpolation, a resource property...).
    case expression

    /// The end of the chain: variables are followed to their definition and module parameters
    /// to the caller's expression that bound them.
    public var root: BicepValueOrigin {
        switch self {
        case .parameter(let parameter):
            if let boundFrom = parameter.boundFrom { return boundFrom.root }
            return self
        case .variable(_, _, let definedBy): return definedBy.root
        case .literal, .expression: return self
        }
    }

    /// The parameter at the root of the chain, if the value ultimately is one.
    public var rootParameter: BicepParameterOrigin? {
        if case .parameter(let parameter) = root { return parameter }
        return nil
    }

    /// Whether the value ultimately is a literal written in the file (through variables and
    /// module parameter bindings).
    public var isLiteral: Bool { root == .literal }
}

/// A parameter a value came from.
public struct BicepParameterOrigin: Hashable, Sendable {
    public var name: String
    public var file: String
    public var isSecure: Bool
    public var hasDefault: Bool
    /// Set by `--param`, a `.bicepparam` file, or a calling module's `params`.
    public var isOverridden: Bool
    /// For a module parameter set by the caller: the origin of the caller's expression.
    public var boundFrom: BicepValueOrigin?

    public init(
        name: String, file: String, isSecure: Bool, hasDefault: Bool, isOverridden: Bool,
        boundFrom: BicepValueOrigin? = nil
    ) {
        self.name = name
        self.file = file
        self.isSecure = isSecure
        self.hasDefault = hasDefault
        self.isOverridden = isOverridden
        self.boundFrom = boundFrom
    }
}
