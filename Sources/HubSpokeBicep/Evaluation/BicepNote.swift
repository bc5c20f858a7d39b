/// Something the reader did not follow or could not know, with where it is. Notes are not
/// errors: the mapper turns them into info findings (REF-009 for modules, REF-010 for values).
public struct BicepNote: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A registry (`br:`) or template-spec (`ts:`) module: not fetched offline.
        case moduleNotFollowed
        /// A local module file that could not be loaded.
        case moduleNotFound
        /// A module that includes itself, directly or through others.
        case moduleCycle
        /// A local module that does not parse; the message holds the syntax error.
        case moduleSyntaxError
        /// An `import ... from` file that could not be loaded or parsed.
        case importNotFollowed
        /// A loop whose array is not known offline: the declaration is kept once, unexpanded.
        case loopNotExpanded
        /// A condition not known offline: the resource is kept and marked conditional.
        case conditionUnknown
        /// An expression that would fail at deployment (bad CIDR, division by zero, index out of range).
        case evaluationError
        /// A function the evaluator does not know; its value is unknown.
        case unsupportedFunction
        /// Variables or resources that refer to themselves.
        case referenceCycle
        /// A `--param` or `.bicepparam` value for a parameter the file does not declare,
        /// or that could not be converted to the parameter's type.
        case parameterOverrideIgnored
        /// An identifier that names nothing declared.
        case undefinedSymbol
    }

    public var kind: Kind
    public var message: String
    public var location: BicepSourceLocation

    public init(kind: Kind, message: String, location: BicepSourceLocation) {
        self.kind = kind
        self.message = message
        self.location = location
    }
}
