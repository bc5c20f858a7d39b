/// The result of evaluating a Bicep file offline, with local modules followed and merged.
public struct EvaluatedTemplate: Sendable {
    /// The root file.
    public var file: String
    /// `resourceGroup` unless the file sets `targetScope`.
    public var targetScope: String
    /// Every resource instance that is (or may be) deployed, in declaration order: a parent
    /// before its nested children, loop iterations in order, a module's resources where the
    /// module is declared.
    public var resources: [EvaluatedResource]
    /// Every module instance, followed or not.
    public var modules: [EvaluatedModule]
    /// The root file's parameters.
    public var parameters: [EvaluatedParameter]
    /// The root file's variables.
    public var variables: [EvaluatedVariable]
    /// The root file's outputs.
    public var outputs: [EvaluatedOutput]
    /// What was not followed or not known, from all files.
    public var notes: [BicepNote]

    public init(
        file: String, targetScope: String, resources: [EvaluatedResource], modules: [EvaluatedModule],
        parameters: [EvaluatedParameter], variables: [EvaluatedVariable], outputs: [EvaluatedOutput],
        notes: [BicepNote]
    ) {
        self.file = file
        self.targetScope = targetScope
        self.resources = resources
        self.modules = modules
        self.parameters = parameters
        self.variables = variables
        self.outputs = outputs
        self.notes = notes
    }

    /// The resource instance a reference names.
    public func resource(_ reference: BicepResourceReference) -> EvaluatedResource? {
        resources.first { $0.reference == reference }
    }

    /// Resources of a type (case-insensitive), e.g. `Microsoft.Network/virtualNetworks`.
    public func resources(ofType type: String) -> [EvaluatedResource] {
        let lowered = type.lowercased()
        return resources.filter { $0.type.lowercased() == lowered }
    }

    public func parameter(named name: String) -> EvaluatedParameter? { parameters.first { $0.name == name } }
    public func variable(named name: String) -> EvaluatedVariable? { variables.first { $0.name == name } }
    public func output(named name: String) -> EvaluatedOutput? { outputs.first { $0.name == name } }
}

/// One resource instance.
public struct EvaluatedResource: Sendable, Equatable {
    /// Unique across the evaluation (module path, symbolic name, loop index).
    public var reference: BicepResourceReference
    /// As written, `nsg::rule` for nested resources.
    public var symbolicName: String { reference.symbolicName }
    /// `Microsoft.Network/virtualNetworks/subnets` (nested short types are expanded).
    public var type: String
    /// The API version, inherited from the parent for nested short types.
    public var apiVersion: String?
    public var isExisting: Bool
    /// Fully qualified for children: `hub/GatewaySubnet`.
    public var name: BicepValue
    /// The `name` property as written: `GatewaySubnet`.
    public var localName: BicepValue
    public var id: BicepResourceId
    /// The parent (from `parent:` or nesting), if any.
    public var parent: BicepResourceReference?
    /// The whole declaration body as evaluated, keys in source order (`name`, `location`,
    /// `properties`, `sku`, `tags`, `zones`, `parent` as `.resource`, `dependsOn`...).
    /// Nested child resource declarations are not part of it.
    public var body: BicepValue
    /// Explicit `dependsOn` entries.
    public var dependsOn: [BicepResourceReference]
    public var decorators: [BicepDecorator]
    /// The declaration's file.
    public var file: String
    /// The declaration's range (decorators included) in `file`.
    public var range: SourceRange
    /// The iteration when the declaration is a loop.
    public var loopIndex: Int?
    /// The declaration is a loop whose array is not known offline; this single instance
    /// stands for all of its iterations.
    public var isUnexpandedLoop: Bool
    /// The resource has a condition (or loop filter) not known offline.
    public var isConditional: Bool
    /// The source text of that condition, when `isConditional`.
    public var conditionText: String?
    /// The declaration exactly as written (for carrying unknown resource types through).
    /// Sliced from the file on demand, so evaluating large files does not copy every declaration.
    public var sourceText: String {
        let start = max(0, min(range.start.offset, sourceBytes.count))
        let end = max(start, min(range.end.offset, sourceBytes.count))
        return String(decoding: sourceBytes[start..<end], as: UTF8.self)
    }
    /// The bytes of `file` (shared with the parsed document, not copied).
    var sourceBytes: [UInt8]
    /// Comments on the lines directly above the declaration (`// hubspoke:suppress ...`).
    public var leadingComments: [BicepComment]
    /// The syntax of the declaration, for locating properties.
    public var declaration: BicepResourceDeclaration
    /// For properties whose expression is a bare parameter or variable reference: where the
    /// value came from, by property path (`properties.osProfile.adminPassword`), in body order.
    public var valueOrigins: [BicepValueOriginEntry]

    /// `file:line:column` of the declaration (the `resource` keyword, or its first decorator).
    public var location: BicepSourceLocation { BicepSourceLocation(file: file, position: range.start) }

    /// The body value at a path (`properties.subnets[0].name`).
    public subscript(path: BicepPropertyPath) -> BicepValue? { body[path] }

    /// Where the property at `path` is written: the deepest syntax node on the path (a loop
    /// body stands for all iterations; a value from a variable points at the reference).
    public func location(of path: BicepPropertyPath) -> BicepSourceLocation {
        BicepSourceLocation(file: file, position: Self.range(of: path, in: declaration.bodyObject).start)
    }

    /// Where the value at `path` came from, when it is a bare parameter or variable reference.
    public func origin(of path: BicepPropertyPath) -> BicepValueOrigin? {
        valueOrigins.first { $0.path == path }?.origin
    }

    static func range(of path: BicepPropertyPath, in expression: BicepExpression) -> SourceRange {
        var current = expression
        var best = expression.range
        var components = path.components[...]
        while let component = components.first {
            switch current.kind {
            case .parenthesized(let inner), .nonNullAssertion(let inner):
                current = inner
                continue
            case .conditional(_, let body):
                current = body
                continue
            case .forLoop(let loop):
                guard case .index = component else { return best }
                components.removeFirst()
                current = loop.body
                best = current.range
                continue
            default:
                break
            }
            switch (component, current.kind) {
            case (.key(let key), .object):
                guard
                    let property = current.property(named: key)
                        ?? {
                            guard case .object(let items) = current.kind else { return nil }
                            let lowered = key.lowercased()
                            for case .property(let p) in items where p.name?.lowercased() == lowered { return p }
                            return nil
                        }()
                else { return best }
                current = property.value
                best = property.keyRange.union(property.value.range)
            case (.index(let index), .array(let items)):
                guard index >= 0, index < items.count,
                    !items.contains(where: { if case .spread = $0.kind { true } else { false } })
                else { return best }
                current = items[index]
                best = current.range
            default:
                return best
            }
            components.removeFirst()
        }
        return best
    }

    public static func == (lhs: EvaluatedResource, rhs: EvaluatedResource) -> Bool {
        lhs.reference == rhs.reference && lhs.type == rhs.type && lhs.apiVersion == rhs.apiVersion
            && lhs.isExisting == rhs.isExisting && lhs.name == rhs.name && lhs.id == rhs.id && lhs.parent == rhs.parent
            && lhs.body == rhs.body && lhs.dependsOn == rhs.dependsOn && lhs.file == rhs.file && lhs.range == rhs.range
            && lhs.loopIndex == rhs.loopIndex && lhs.isConditional == rhs.isConditional
            && lhs.isUnexpandedLoop == rhs.isUnexpandedLoop && lhs.valueOrigins == rhs.valueOrigins
    }
}

/// Where the value at one property path of a resource body came from.
public struct BicepValueOriginEntry: Hashable, Sendable {
    public var path: BicepPropertyPath
    public var origin: BicepValueOrigin

    public init(path: BicepPropertyPath, origin: BicepValueOrigin) {
        self.path = path
        self.origin = origin
    }
}

/// A parameter of the root file (or of a module, inside `EvaluatedModule`).
public struct EvaluatedParameter: Sendable, Hashable {
    public var name: String
    public var type: BicepTypeExpression?
    public var decorators: [BicepDecorator]
    public var isSecure: Bool
    /// The default as evaluated, nil when the declaration has none.
    public var defaultValue: BicepValue?
    /// The value used: the override if any, else the default, else `.unknown(name)`.
    public var value: BicepValue
    public var isOverridden: Bool
    public var file: String
    public var range: SourceRange

    public var hasDefault: Bool { defaultValue != nil }
    public var location: BicepSourceLocation { BicepSourceLocation(file: file, position: range.start) }
}

public struct EvaluatedVariable: Sendable, Hashable {
    public var name: String
    public var value: BicepValue
    public var origin: BicepValueOrigin
    public var file: String
    public var range: SourceRange
}

public struct EvaluatedOutput: Sendable, Hashable {
    public var name: String
    public var value: BicepValue
    public var file: String
    public var range: SourceRange
}

/// One module instance (one per loop iteration).
public struct EvaluatedModule: Sendable, Hashable {
    /// The module's symbolic reference in its caller (`isModule` is true).
    public var reference: BicepResourceReference
    /// The path as written: `./spoke.bicep`, `br/public:avm/res/network/virtual-network:0.5.0`.
    public var path: String
    /// The resolved file for local modules, nil for registry and template-spec modules.
    public var resolvedFile: String?
    /// Whether its file was loaded and its resources merged.
    public var isFollowed: Bool
    /// The deployment name (`name:` of the module body), if given.
    public var deploymentName: BicepValue?
    /// The evaluated `params` object.
    public var parameters: BicepValue
    /// The module's outputs (unknown when not followed).
    public var outputs: BicepValue
    public var isConditional: Bool
    public var file: String
    public var range: SourceRange

    public var location: BicepSourceLocation { BicepSourceLocation(file: file, position: range.start) }
}
