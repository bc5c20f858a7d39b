/// The evaluation of one file instance (the root file, or one module instance), with
/// memoised parameters, variables, resources and modules so declarations can be used in any
/// order. Internal and reference-typed because evaluation is lazy and detects cycles.
final class TemplateEvaluation {
    let session: EvaluationSession
    let document: BicepDocument
    let file: String
    let modulePath: String
    /// Files of the module chain down to this one, for cycle detection.
    let ancestors: [String]
    let overrides: [String: BicepValue]
    let overrideOrigins: [String: BicepValueOrigin]
    let scope: DeploymentScope
    let targetScope: String

    var parameterDeclarations: [String: BicepParameterDeclaration] = [:]
    var variableDeclarations: [String: BicepVariableDeclaration] = [:]
    var functionDeclarations: [String: BicepFunctionDeclaration] = [:]
    var resourceSymbols: [String: ResourceSymbol] = [:]
    /// Symbol names in source order, parents before nested children.
    var resourceOrder: [String] = []
    var moduleDeclarations: [String: BicepModuleDeclaration] = [:]
    var importedValues: [String: ImportedSymbol] = [:]
    var importedNamespaces: [String: TemplateEvaluation] = [:]

    var parameterValues: [String: BicepValue] = [:]
    /// What a bare identifier outside any loop or lambda evaluates to, once known for good: a
    /// parameter's or variable's value, a resource's reference (boxed once, so every `vnet` in
    /// an expression does not box a new one). One lookup instead of one per kind of declaration.
    var globalValues: [String: BicepValue] = [:]
    var variableValues: [String: BicepValue] = [:]
    var moduleInstances: [String: [ModuleInstance]] = [:]
    var inProgress: Set<String> = []
    /// Resource types split into namespace and type segments, once per distinct type (a large
    /// file declares thousands of resources of a handful of types).
    var typeParts: [String: (namespace: String, segments: [String])] = [:]
    /// Type strings as written (`Microsoft.Network/virtualNetworks@2024-05-01`) split at `@`, once each.
    var declaredTypes: [String: (type: String, apiVersion: String?)] = [:]
    /// Origins of bare identifiers, which do not change within one file instance.
    var identifierOrigins: [String: BicepValueOrigin?] = [:]

    /// Loop and lambda variables, innermost last.
    var locals: [(name: String, value: BicepValue)] = []
    var depth = 0
    static let maximumDepth = 300

    enum ImportedSymbol {
        case value(BicepValue)
        case function(TemplateEvaluation, BicepFunctionDeclaration)
        case type
    }

    /// A declared resource. A class so that the many lookups by name share one copy.
    final class ResourceSymbol {
        let name: String
        let declaration: BicepResourceDeclaration
        let nestingParent: String?
        let fullType: String
        let apiVersion: String?
        /// `Microsoft.Network` and `["virtualNetworks", "subnets"]`, split once.
        let providerNamespace: String
        let typeSegments: [String]
        /// Set while its instances are being built, to report a resource that depends on itself
        /// (a flag here rather than a string key in `inProgress`: resources are the many).
        var isBeingBuilt = false
        /// Qualified names of the resources declared inside its body, in source order.
        var nestedChildren: [String] = []
        /// Its instances once built (kept here rather than in a second dictionary by name, so a
        /// reference costs one lookup).
        var instances: [ResourceInstance]?

        init(
            name: String, declaration: BicepResourceDeclaration, nestingParent: String?, fullType: String,
            apiVersion: String?, providerNamespace: String, typeSegments: [String]
        ) {
            self.name = name
            self.declaration = declaration
            self.nestingParent = nestingParent
            self.fullType = fullType
            self.apiVersion = apiVersion
            self.providerNamespace = providerNamespace
            self.typeSegments = typeSegments
        }
    }

    /// One evaluated instance of a resource declaration; a class because references to it
    /// (`nsg.id` from every subnet) are looked up far more often than it is built.
    final class ResourceInstance {
        let index: Int?
        var isIncluded: Bool
        var isConditional: Bool
        var conditionText: String?
        var isUnexpandedLoop: Bool
        let localName: BicepValue
        let qualifiedName: BicepValue
        let id: BicepResourceId
        let body: BicepValue
        let parent: BicepResourceReference?
        let dependsOn: [BicepResourceReference]
        let origins: [BicepValueOriginEntry]
        /// `.resourceId(id)`, boxed once for the many `x.id` references.
        lazy var idValue: BicepValue = .resourceId(id)

        init(
            index: Int?, isIncluded: Bool, isConditional: Bool, conditionText: String?, isUnexpandedLoop: Bool,
            localName: BicepValue, qualifiedName: BicepValue, id: BicepResourceId, body: BicepValue,
            parent: BicepResourceReference?, dependsOn: [BicepResourceReference], origins: [BicepValueOriginEntry]
        ) {
            self.index = index
            self.isIncluded = isIncluded
            self.isConditional = isConditional
            self.conditionText = conditionText
            self.isUnexpandedLoop = isUnexpandedLoop
            self.localName = localName
            self.qualifiedName = qualifiedName
            self.id = id
            self.body = body
            self.parent = parent
            self.dependsOn = dependsOn
            self.origins = origins
        }
    }

    struct ModuleInstance {
        var index: Int?
        var isIncluded: Bool
        var outputs: BicepValue
        var deploymentName: BicepValue?
        var resources: [EvaluatedResource]
    }

    init(
        session: EvaluationSession, document: BicepDocument, modulePath: String, ancestors: [String],
        overrides: [String: BicepValue], overrideOrigins: [String: BicepValueOrigin], scope: DeploymentScope
    ) {
        self.session = session
        self.document = document
        self.file = document.file
        self.modulePath = modulePath
        self.ancestors = ancestors
        self.overrides = overrides
        self.overrideOrigins = overrideOrigins
        self.scope = scope
        self.targetScope = document.targetScope ?? "resourceGroup"
        resourceSymbols.reserveCapacity(document.declarations.count)
        for declaration in document.declarations {
            switch declaration {
            case .parameter(let d): parameterDeclarations[d.name] = d
            case .variable(let d): variableDeclarations[d.name] = d
            case .function(let d): functionDeclarations[d.name] = d
            case .module(let d): moduleDeclarations[d.name] = d
            case .resource(let d): registerResource(d, qualifiedName: d.name, nestingParent: nil)
            case .import(let d): registerImport(d)
            default: break
            }
        }
    }

    private func registerResource(
        _ declaration: BicepResourceDeclaration, qualifiedName: String, nestingParent: String?
    ) {
        let declared: (type: String, apiVersion: String?)
        if let known = declaredTypes[declaration.typeString] {
            declared = known
        } else {
            declared = (declaration.resourceType, declaration.apiVersion)
            declaredTypes[declaration.typeString] = declared
        }
        var fullType = declared.type
        var apiVersion = declared.apiVersion
        if let nestingParent, let parent = resourceSymbols[nestingParent], !fullType.utf8.contains(UInt8(ascii: "/")) {
            fullType = parent.fullType + "/" + fullType
            if apiVersion == nil { apiVersion = parent.apiVersion }
        }
        let parts: (namespace: String, segments: [String])
        if let known = typeParts[fullType] {
            parts = known
        } else {
            let split = fullType.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map {
                String(Substring($0))
            }
            parts = (split.first ?? "", Array(split.dropFirst()))
            typeParts[fullType] = parts
        }
        resourceSymbols[qualifiedName] = ResourceSymbol(
            name: qualifiedName, declaration: declaration, nestingParent: nestingParent, fullType: fullType,
            apiVersion: apiVersion, providerNamespace: parts.namespace, typeSegments: parts.segments)
        resourceOrder.append(qualifiedName)
        if case .object(let items) = declaration.bodyObject.kind {
            // By index: testing the borrowed element copies nothing for the (many) properties,
            // where `for case .resource(let child) in items` copies every item to test it.
            for index in items.indices {
                guard case .resource(let child) = items[index] else { continue }
                let childName = qualifiedName + "::" + child.name
                resourceSymbols[qualifiedName]?.nestedChildren.append(childName)
                registerResource(child, qualifiedName: childName, nestingParent: qualifiedName)
            }
        }
    }

    private func registerImport(_ declaration: BicepImportDeclaration) {
        if case .provider = declaration.kind { return }
        let path = BicepEvaluator.resolve(path: declaration.path, relativeTo: file)
        let location = BicepSourceLocation(file: file, position: declaration.range.start)
        var imported: TemplateEvaluation? = nil
        if ancestors.contains(path) {
            session.note(.importNotFollowed, "import of \(declaration.path) would include itself", location)
        } else {
            switch session.document(at: path) {
            case .success(let document):
                imported = TemplateEvaluation(
                    session: session, document: document, modulePath: modulePath, ancestors: ancestors + [path],
                    overrides: [:], overrideOrigins: [:], scope: scope)
            case .failure(.notFound(let reason)):
                session.note(.importNotFollowed, "could not load \(declaration.path): \(reason)", location)
            case .failure(.syntax(let error)):
                session.note(.importNotFollowed, "could not parse \(declaration.path): \(error)", location)
            }
        }
        switch declaration.kind {
        case .symbols(let symbols):
            for symbol in symbols {
                guard let imported else {
                    importedValues[symbol.localName] = .value(.unknown(symbol.localName))
                    continue
                }
                if imported.variableDeclarations[symbol.name] != nil {
                    importedValues[symbol.localName] = .value(imported.variableValue(symbol.name, at: location))
                } else if let function = imported.functionDeclarations[symbol.name] {
                    importedValues[symbol.localName] = .function(imported, function)
                } else {
                    importedValues[symbol.localName] = .type
                }
            }
        case .wildcard(let alias):
            if let imported { importedNamespaces[alias] = imported }
        case .provider:
            break
        }
    }

    func location(_ range: SourceRange) -> BicepSourceLocation {
        BicepSourceLocation(file: file, position: range.start)
    }

    func text(_ expression: BicepExpression) -> String { document.sourceText(expression.range) }

    func unknown(_ expression: BicepExpression) -> BicepValue { .unknown(text(expression)) }

    /// Runs `body` with no loop or lambda variables in scope: declarations are evaluated
    /// lazily, possibly from inside a loop body, and must not see its variables.
    func isolated<T>(_ body: () -> T) -> T {
        let saved = locals
        locals = []
        defer { locals = saved }
        return body()
    }

    // MARK: Parameters

    func reportUnknownOverrides() {
        for name in overrides.keys.sorted() where parameterDeclarations[name] == nil {
            session.note(
                .parameterOverrideIgnored, "parameter '\(name)' is not declared in \(file)",
                BicepSourceLocation(file: file, line: 1, column: 1))
        }
    }

    func parameterValue(_ name: String, at location: BicepSourceLocation) -> BicepValue {
        if let value = parameterValues[name] { return value }
        guard let declaration = parameterDeclarations[name] else { return .unknown(name) }
        let key = "param:" + name
        if inProgress.contains(key) {
            session.note(.referenceCycle, "parameter '\(name)' refers to itself", location)
            return .unknown(name)
        }
        inProgress.insert(key)
        defer { inProgress.remove(key) }
        let value: BicepValue
        if let override = overrides[name] {
            value = coerce(override, to: declaration)
        } else if let defaultValue = declaration.defaultValue {
            value = isolated { evaluate(defaultValue) }
        } else {
            value = .unknown(name)
        }
        parameterValues[name] = value
        return value
    }

    /// Converts `--param` text to the declared type.
    private func coerce(_ value: BicepValue, to declaration: BicepParameterDeclaration) -> BicepValue {
        guard case .string(let text) = value, let typeName = declaration.type?.simpleName else { return value }
        let location = location(declaration.range)
        switch typeName {
        case "int":
            if let number = Int(text.trimmingSpaces) { return .int(number) }
        case "bool":
            switch text.trimmingSpaces.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: break
            }
        case "array", "object":
            if let parsed = Self.parseLiteral(text) { return parsed }
        default:
            return value
        }
        session.note(
            .parameterOverrideIgnored,
            "the value given for parameter '\(declaration.name)' is not a valid \(typeName): \(text)", location)
        return parameterDefaultOrUnknown(declaration)
    }

    private func parameterDefaultOrUnknown(_ declaration: BicepParameterDeclaration) -> BicepValue {
        if let defaultValue = declaration.defaultValue { return isolated { evaluate(defaultValue) } }
        return .unknown(declaration.name)
    }

    /// Parses an override written as a Bicep or JSON literal (`['a', 'b']`, `["a"]`, `{"k": 1}`).
    static func parseLiteral(_ text: String) -> BicepValue? {
        // JSON double-quoted strings become Bicep strings by swapping the quote style.
        var converted = ""
        var inDouble = false
        var escaped = false
        for character in text {
            if inDouble {
                if escaped {
                    converted.append(character)
                    escaped = false
                } else if character == "\\" {
                    converted.append(character)
                    escaped = true
                } else if character == "\"" {
                    converted.append("'")
                    inDouble = false
                } else if character == "'" {
                    converted.append("\\'")
                } else if character == "$" {
                    converted.append("\\$")
                } else {
                    converted.append(character)
                }
            } else if character == "\"" {
                converted.append("'")
                inDouble = true
            } else {
                converted.append(character)
            }
        }
        guard let document = try? BicepDocument.parse("var v = " + converted, file: "--param"),
            case .variable(let declaration)? = document.declarations.first
        else { return nil }
        let evaluation = TemplateEvaluation(
            session: EvaluationSession(loader: nil), document: document, modulePath: "", ancestors: [],
            overrides: [:], overrideOrigins: [:], scope: DeploymentScope())
        let value = evaluation.evaluate(declaration.value)
        return value.isFullyKnown ? value : nil
    }

    func parameterOrigin(_ name: String) -> BicepValueOrigin? {
        guard let declaration = parameterDeclarations[name] else { return nil }
        return .parameter(
            BicepParameterOrigin(
                name: name, file: file, isSecure: declaration.isSecure, hasDefault: declaration.defaultValue != nil,
                isOverridden: overrides[name] != nil, boundFrom: overrideOrigins[name]))
    }

    func evaluatedParameters() -> [EvaluatedParameter] {
        document.parameters.map { declaration in
            let location = location(declaration.range)
            let value = parameterValue(declaration.name, at: location)
            let defaultValue: BicepValue? =
                declaration.defaultValue.map { expression in
                    overrides[declaration.name] == nil ? value : isolated { evaluate(expression) }
                }
            return EvaluatedParameter(
                name: declaration.name, type: declaration.type, decorators: declaration.decorators,
                isSecure: declaration.isSecure, defaultValue: defaultValue, value: value,
                isOverridden: overrides[declaration.name] != nil, file: file, range: declaration.range)
        }
    }

    // MARK: Variables

    func variableValue(_ name: String, at location: BicepSourceLocation) -> BicepValue {
        if let value = variableValues[name] { return value }
        guard let declaration = variableDeclarations[name] else { return .unknown(name) }
        let key = "var:" + name
        if inProgress.contains(key) {
            session.note(.referenceCycle, "variable '\(name)' refers to itself", location)
            return .unknown(name)
        }
        inProgress.insert(key)
        defer { inProgress.remove(key) }
        let value = isolated { evaluate(declaration.value) }
        variableValues[name] = value
        return value
    }

    func evaluatedVariables() -> [EvaluatedVariable] {
        document.variables.map { declaration in
            EvaluatedVariable(
                name: declaration.name, value: variableValue(declaration.name, at: location(declaration.range)),
                origin: origin(of: declaration.value, followingVariables: 0) ?? .expression, file: file,
                range: declaration.range)
        }
    }

    // MARK: Origins

    /// The origin of an expression when it is a bare parameter or variable reference, or a literal.
    func origin(of expression: BicepExpression, followingVariables depth: Int) -> BicepValueOrigin? {
        switch expression.kind {
        case .parenthesized(let inner), .nonNullAssertion(let inner):
            return origin(of: inner, followingVariables: depth)
        case .identifier(let name):
            if locals.contains(where: { $0.name == name }) { return nil }
            if let cached = identifierOrigins[name] { return cached }
            var result: BicepValueOrigin? = nil
            if parameterDeclarations[name] != nil {
                result = parameterOrigin(name)
            } else if let variable = variableDeclarations[name] {
                guard depth < 32 else { return nil }
                let definedBy = origin(of: variable.value, followingVariables: depth + 1) ?? .expression
                result = .variable(name: name, file: file, definedBy: definedBy)
            }
            identifierOrigins[name] = .some(result)
            return result
        default:
            return Self.isLiteral(expression) ? .literal : nil
        }
    }

    static func isLiteral(_ expression: BicepExpression) -> Bool {
        switch expression.kind {
        case .string(_, let interpolations): interpolations.isEmpty
        case .multilineString, .integer, .boolean, .null: true
        case .unary(.minus, let inner): isLiteral(inner)
        case .array(let items): items.allSatisfy(isLiteral)
        case .object(let items):
            items.allSatisfy { item in
                if case .property(let property) = item { return isLiteral(property.value) }
                return false
            }
        default: false
        }
    }

    // MARK: Outputs

    func evaluateOutputs() -> [EvaluatedOutput] {
        document.outputs.map { declaration in
            EvaluatedOutput(
                name: declaration.name, value: isolated { evaluate(declaration.value) }, file: file,
                range: declaration.range)
        }
    }

    func outputsObject() -> BicepValue {
        var object = BicepObject()
        for output in evaluateOutputs() { object.entries.append(.init(key: output.name, value: output.value)) }
        return .object(object)
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
