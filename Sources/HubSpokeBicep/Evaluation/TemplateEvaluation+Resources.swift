extension TemplateEvaluation {
    // MARK: Resources

    func instances(ofResource name: String, at location: BicepSourceLocation) -> [ResourceInstance] {
        guard let symbol = resourceSymbols[name] else { return [] }
        if let cached = symbol.instances { return cached }
        if symbol.isBeingBuilt {
            session.note(.referenceCycle, "resource '\(name)' depends on itself", location)
            return []
        }
        symbol.isBeingBuilt = true
        defer { symbol.isBeingBuilt = false }
        let result = isolated { buildInstances(symbol) }
        symbol.instances = result
        return result
    }

    func resourceInstance(_ reference: BicepResourceReference, at location: BicepSourceLocation) -> ResourceInstance? {
        guard reference.modulePath == modulePath, !reference.isModule else { return nil }
        let all = instances(ofResource: reference.symbolicName, at: location)
        guard let index = reference.index else { return all.first }
        return all.first { $0.index == index }
    }

    private func buildInstances(_ symbol: ResourceSymbol) -> [ResourceInstance] {
        let body = symbol.declaration.body
        guard case .forLoop(let loop) = body.kind else { return [buildInstance(symbol, body: body, index: nil)] }
        guard case .array(let items) = evaluate(loop.iterable) else {
            session.note(
                .loopNotExpanded,
                "the loop over '\(text(loop.iterable))' of resource '\(symbol.name)' is not known offline; it is kept once, unexpanded",
                location(symbol.declaration.range))
            let mark = locals.count
            if let itemName = loop.itemName { locals.append((itemName, .unknown(itemName))) }
            if let indexName = loop.indexName { locals.append((indexName, .unknown(indexName))) }
            defer { locals.removeSubrange(mark...) }
            let instance = buildInstance(symbol, body: loop.body, index: nil)
            instance.isUnexpandedLoop = true
            return [instance]
        }
        guard session.spend(items.count) else {
            _ = tooMuchWork(loop.iterable)
            return []
        }
        var result: [ResourceInstance] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let mark = locals.count
            if let itemName = loop.itemName { locals.append((itemName, item)) }
            if let indexName = loop.indexName { locals.append((indexName, .int(index))) }
            result.append(buildInstance(symbol, body: loop.body, index: index))
            locals.removeSubrange(mark...)
        }
        return result
    }

    private func buildInstance(_ symbol: ResourceSymbol, body: BicepExpression, index: Int?) -> ResourceInstance {
        let here = location(symbol.declaration.range)
        var isIncluded = true
        var isConditional = false
        var conditionText: String? = nil
        var objectExpression = body
        if case .conditional(let condition, let inner) = body.kind {
            objectExpression = inner
            switch evaluate(condition) {
            case .bool(true): break
            case .bool(false): isIncluded = false
            default:
                isConditional = true
                conditionText = text(condition)
                session.note(
                    .conditionUnknown,
                    "the condition '\(text(condition))' of resource '\(symbol.name)' is not known offline; the resource is kept as conditional",
                    here)
            }
        }
        var path: [BicepPropertyPath.Component] = []
        var origins: [BicepValueOriginEntry] = []
        let bodyValue = evaluateTracked(objectExpression, path: &path, origins: &origins)
        let localName = bodyValue["name"] ?? .unknown(symbol.name + ".name")

        var parentReference: BicepResourceReference? = nil
        var parentInstance: ResourceInstance? = nil
        if case .resource(let reference)? = bodyValue["parent"], !reference.isModule {
            parentReference = reference
            parentInstance = resourceInstance(reference, at: here)
        } else if let nestingParent = symbol.nestingParent {
            parentReference = BicepResourceReference(modulePath: modulePath, symbolicName: nestingParent)
            parentInstance = instances(ofResource: nestingParent, at: here).first
        }

        let id: BicepResourceId
        let qualifiedName: BicepValue
        let typeSegments = symbol.typeSegments
        if let parentInstance {
            id = parentInstance.id.child(type: typeSegments.last ?? symbol.fullType, name: localName)
            qualifiedName = Self.join(parentInstance.qualifiedName, localName)
            if !parentInstance.isIncluded { isIncluded = false }
            if parentInstance.isConditional {
                isConditional = true
                conditionText = conditionText ?? parentInstance.conditionText
            }
        } else {
            var names = [localName]
            if typeSegments.count > 1, case .string(let text) = localName, text.utf8.contains(UInt8(ascii: "/")) {
                let parts = text.split(separator: "/", omittingEmptySubsequences: false)
                if parts.count == typeSegments.count { names = parts.map { .string(String($0)) } }
            }
            let (level, subscription, group) = resourceScope(bodyValue["scope"])
            id = BicepResourceId(
                scope: level, subscriptionId: subscription, resourceGroup: group,
                providerNamespace: symbol.providerNamespace, types: typeSegments, names: names)
            qualifiedName = localName
        }

        var dependsOn: [BicepResourceReference] = []
        func collect(_ value: BicepValue) {
            switch value {
            case .resource(let reference): dependsOn.append(reference)
            case .array(let items): items.forEach(collect)
            default: break
            }
        }
        if let value = bodyValue["dependsOn"] { collect(value) }

        return ResourceInstance(
            index: index, isIncluded: isIncluded, isConditional: isConditional, conditionText: conditionText,
            isUnexpandedLoop: false, localName: localName, qualifiedName: qualifiedName, id: id, body: bodyValue,
            parent: parentReference, dependsOn: dependsOn, origins: origins)
    }

    static func join(_ parent: BicepValue, _ child: BicepValue) -> BicepValue {
        if case .string(let p) = parent, case .string(let c) = child { return .string(p + "/" + c) }
        return .unknown("\(textOf(parent))/\(textOf(child))")
    }

    private static func textOf(_ value: BicepValue) -> String {
        switch value {
        case .string(let s): s
        case .unknown(let text): text
        default: value.description
        }
    }

    /// The scope level and explicit subscription / resource group of a `scope:` value.
    func resourceScope(_ value: BicepValue?) -> (BicepResourceId.Scope, BicepValue?, BicepValue?) {
        var level: BicepResourceId.Scope =
            switch targetScope {
            case "subscription": .subscription
            case "tenant", "managementGroup": .tenant
            default: .resourceGroup
            }
        var subscription = scope.subscriptionId
        var group = scope.resourceGroup
        if case .object(let object)? = value, case .resourceId(let scopeId)? = object["id"],
            scopeId.providerNamespace.isEmpty
        {
            level = scopeId.scope
            subscription = scopeId.subscriptionId ?? subscription
            group = scopeId.scope == .resourceGroup ? (scopeId.resourceGroup ?? group) : nil
        }
        return (level, subscription, group)
    }

    /// Evaluates a resource body while recording, for properties that are bare parameter or
    /// variable references, where their value came from.
    func evaluateTracked(
        _ expression: BicepExpression, path: inout [BicepPropertyPath.Component],
        origins: inout [BicepValueOriginEntry]
    ) -> BicepValue {
        switch expression.kind {
        case .object(let items):
            var object = BicepObject()
            object.entries.reserveCapacity(items.count)
            for item in items {
                switch item {
                case .property(let property):
                    guard let key = propertyKey(property) else { return unknown(expression) }
                    path.append(.key(key))
                    object.setExact(key, evaluateTracked(property.value, path: &path, origins: &origins))
                    path.removeLast()
                case .spread(let spread):
                    guard case .spread(let inner) = spread.kind else { continue }
                    switch evaluate(inner) {
                    case .object(let other): for entry in other.entries { object[entry.key] = entry.value }
                    case .null: break
                    default: return unknown(expression)
                    }
                case .resource:
                    continue
                }
            }
            return .object(object)
        case .array(let items) where !items.contains(where: { if case .spread = $0.kind { true } else { false } }):
            var values: [BicepValue] = []
            values.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                path.append(.index(index))
                values.append(evaluateTracked(item, path: &path, origins: &origins))
                path.removeLast()
            }
            return .array(values)
        case .identifier, .parenthesized, .nonNullAssertion:
            if let origin = origin(of: expression, followingVariables: 0) {
                switch origin {
                case .parameter, .variable:
                    origins.append(BicepValueOriginEntry(path: BicepPropertyPath(path), origin: origin))
                default: break
                }
            }
            return evaluate(expression)
        default:
            return evaluate(expression)
        }
    }

    // MARK: Modules

    func instances(ofModule name: String, at location: BicepSourceLocation) -> [ModuleInstance] {
        if let cached = moduleInstances[name] { return cached }
        guard let declaration = moduleDeclarations[name] else { return [] }
        let key = "module:" + name
        if inProgress.contains(key) {
            session.note(.referenceCycle, "module '\(name)' depends on itself", location)
            return []
        }
        inProgress.insert(key)
        defer { inProgress.remove(key) }
        let result = isolated { buildModuleInstances(declaration) }
        moduleInstances[name] = result
        return result
    }

    func moduleInstance(_ reference: BicepResourceReference, at location: BicepSourceLocation) -> ModuleInstance? {
        guard reference.modulePath == modulePath, reference.isModule else { return nil }
        let all = instances(ofModule: reference.symbolicName, at: location)
        guard let index = reference.index else { return all.first }
        return all.first { $0.index == index }
    }

    private func buildModuleInstances(_ declaration: BicepModuleDeclaration) -> [ModuleInstance] {
        let body = declaration.body
        guard case .forLoop(let loop) = body.kind else {
            return [buildModuleInstance(declaration, body: body, index: nil)]
        }
        guard case .array(let items) = evaluate(loop.iterable) else {
            session.note(
                .loopNotExpanded,
                "the loop over '\(text(loop.iterable))' of module '\(declaration.name)' is not known offline; it is followed once",
                location(declaration.range))
            let mark = locals.count
            if let itemName = loop.itemName { locals.append((itemName, .unknown(itemName))) }
            if let indexName = loop.indexName { locals.append((indexName, .unknown(indexName))) }
            defer { locals.removeSubrange(mark...) }
            return [buildModuleInstance(declaration, body: loop.body, index: nil)]
        }
        guard session.spend(items.count) else {
            _ = tooMuchWork(loop.iterable)
            return []
        }
        var result: [ModuleInstance] = []
        for (index, item) in items.enumerated() {
            let mark = locals.count
            if let itemName = loop.itemName { locals.append((itemName, item)) }
            if let indexName = loop.indexName { locals.append((indexName, .int(index))) }
            result.append(buildModuleInstance(declaration, body: loop.body, index: index))
            locals.removeSubrange(mark...)
        }
        return result
    }

    private func buildModuleInstance(_ declaration: BicepModuleDeclaration, body: BicepExpression, index: Int?)
        -> ModuleInstance
    {
        let here = location(declaration.range)
        let reference = BicepResourceReference(
            modulePath: modulePath, symbolicName: declaration.name, index: index, isModule: true)
        var objectExpression = body
        var isConditional = false
        if case .conditional(let condition, let inner) = body.kind {
            objectExpression = inner
            switch evaluate(condition) {
            case .bool(true): break
            case .bool(false):
                return ModuleInstance(
                    index: index, isIncluded: false, outputs: .unknown(declaration.name + ".outputs"),
                    deploymentName: nil, resources: [])
            default:
                isConditional = true
                session.note(
                    .conditionUnknown,
                    "the condition '\(text(condition))' of module '\(declaration.name)' is not known offline; its resources are kept as conditional",
                    here)
            }
        }
        let value = evaluate(objectExpression)
        let parameters = value["params"] ?? .object(BicepObject())
        var overrides: [String: BicepValue] = [:]
        for entry in parameters.objectValue?.entries ?? [] { overrides[entry.key] = entry.value }
        var origins: [String: BicepValueOrigin] = [:]
        if let paramsProperty = objectExpression.property(named: "params"),
            case .object(let items) = paramsProperty.value.kind
        {
            for case .property(let property) in items {
                guard let key = property.name, let origin = origin(of: property.value, followingVariables: 0) else {
                    continue
                }
                origins[key] = origin
            }
        }
        let deploymentName = value["name"]
        let (_, subscription, group) = resourceScope(value["scope"])
        let childScope = DeploymentScope(subscriptionId: subscription, resourceGroup: group)
        let localPath = index.map { "\(declaration.name)[\($0)]" } ?? declaration.name
        let childPath = modulePath.isEmpty ? localPath : modulePath + "/" + localPath

        var instance = ModuleInstance(
            index: index, isIncluded: true, outputs: .unknown(declaration.name + ".outputs"),
            deploymentName: deploymentName, resources: [])
        var resolvedFile: String? = nil
        var isFollowed = false
        if declaration.isRemote {
            session.note(
                .moduleNotFollowed,
                "module '\(declaration.name)' comes from \(declaration.path), which cannot be fetched offline; its resources are not checked",
                here)
        } else {
            let path = BicepEvaluator.resolve(path: declaration.path, relativeTo: file)
            resolvedFile = path
            if ancestors.contains(path) {
                session.note(
                    .moduleCycle,
                    "module '\(declaration.name)' (\(declaration.path)) includes itself through \(ancestors.joined(separator: " -> "))",
                    here)
            } else {
                switch session.document(at: path) {
                case .success(let moduleDocument):
                    let child = TemplateEvaluation(
                        session: session, document: moduleDocument, modulePath: childPath,
                        ancestors: ancestors + [path], overrides: overrides, overrideOrigins: origins, scope: childScope
                    )
                    child.reportUnknownOverrides()
                    var resources = child.collectResources()
                    if isConditional {
                        for i in resources.indices {
                            resources[i].isConditional = true
                            if resources[i].conditionText == nil,
                                case .conditional(let condition, _) = body.kind
                            {
                                resources[i].conditionText = text(condition)
                            }
                        }
                    }
                    instance.resources = resources
                    instance.outputs = child.outputsObject()
                    isFollowed = true
                case .failure(.notFound(let reason)):
                    session.note(
                        .moduleNotFound, "module '\(declaration.name)': could not load \(declaration.path): \(reason)",
                        here)
                case .failure(.syntax(let error)):
                    session.note(
                        .moduleSyntaxError, "module '\(declaration.name)': \(error)",
                        BicepSourceLocation(file: error.file, line: error.line, column: error.column))
                }
            }
        }
        session.modules.append(
            EvaluatedModule(
                reference: reference, path: declaration.path, resolvedFile: resolvedFile, isFollowed: isFollowed,
                deploymentName: deploymentName, parameters: parameters, outputs: instance.outputs,
                isConditional: isConditional, file: file, range: declaration.range))
        return instance
    }

    // MARK: Collecting

    /// All included resource instances of this file in declaration order, modules merged;
    /// with `range`, only those of the top-level declarations at those indices.
    func collectResources(declarationsIn range: Range<Int>? = nil) -> [EvaluatedResource] {
        var result: [EvaluatedResource] = []
        result.reserveCapacity(resourceOrder.count)
        for declaration in document.declarations[range ?? document.declarations.indices] {
            switch declaration {
            case .resource(let resource):
                append(resource.name, into: &result)
            case .module(let module):
                for instance in instances(ofModule: module.name, at: location(module.range)) where instance.isIncluded {
                    result.append(contentsOf: instance.resources)
                }
            default:
                break
            }
        }
        return result
    }

    private func append(_ symbolName: String, into result: inout [EvaluatedResource]) {
        guard let symbol = resourceSymbols[symbolName] else { return }
        let declaration = symbol.declaration
        let comments = document.leadingComments(of: declaration.range)
        for instance in instances(ofResource: symbolName, at: location(declaration.range)) where instance.isIncluded {
            result.append(
                EvaluatedResource(
                    reference: BicepResourceReference(
                        modulePath: modulePath, symbolicName: symbolName, index: instance.index),
                    type: symbol.fullType, apiVersion: symbol.apiVersion, isExisting: declaration.isExisting,
                    name: instance.qualifiedName, localName: instance.localName, id: instance.id,
                    parent: instance.parent, body: instance.body, dependsOn: instance.dependsOn,
                    decorators: declaration.decorators, file: file, range: declaration.range,
                    loopIndex: instance.index, isUnexpandedLoop: instance.isUnexpandedLoop,
                    isConditional: instance.isConditional, conditionText: instance.conditionText,
                    sourceBytes: document.sourceBytes, leadingComments: comments, declaration: declaration,
                    valueOrigins: instance.origins))
        }
        for child in symbol.nestedChildren { append(child, into: &result) }
    }
}
