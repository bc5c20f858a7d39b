extension TemplateEvaluation {
    /// What a value reached through property and index access belongs to, so that
    /// `vnet.properties.subnets[0].id` can be built from the parent's id and the inline
    /// child's name (ARM gives inline children ids of the form `parent/type/name`).
    enum AccessContext {
        case none
        case resourceProperties(BicepResourceId)
        case inlineChildren(BicepResourceId, type: String)
        case inlineChild(BicepResourceId, type: String)
    }

    func evaluate(_ expression: BicepExpression) -> BicepValue {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            session.depthLimitReached = true
            session.note(.evaluationError, "expression nested too deeply to evaluate", location(expression.range))
            return unknown(expression)
        }
        switch expression.kind {
        case .string(let segments, let interpolations):
            if interpolations.isEmpty { return .string(segments.first ?? "") }
            var parts: [BicepValue] = []
            parts.reserveCapacity(segments.count + interpolations.count)
            for (offset, interpolation) in interpolations.enumerated() {
                if !segments[offset].isEmpty { parts.append(.string(segments[offset])) }
                parts.append(evaluate(interpolation))
            }
            if let last = segments.last, !last.isEmpty { parts.append(.string(last)) }
            return concatenateStrings(parts, expression)
        case .multilineString(let text): return .string(text)
        case .integer(let value): return .int(value)
        case .boolean(let value): return .bool(value)
        case .null: return .null
        case .identifier(let name): return lookup(name, expression)
        case .array(let items):
            var values: [BicepValue] = []
            values.reserveCapacity(items.count)
            for item in items {
                if case .spread(let inner) = item.kind {
                    switch evaluate(inner) {
                    case .array(let spread): values.append(contentsOf: spread)
                    case .null: break
                    default: return unknown(expression)
                    }
                } else {
                    values.append(evaluate(item))
                }
            }
            return .array(values)
        case .object(let items):
            var object = BicepObject()
            object.entries.reserveCapacity(items.count)
            for item in items {
                switch item {
                case .property(let property):
                    guard let key = propertyKey(property) else { return unknown(expression) }
                    object.setExact(key, evaluate(property.value))
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
        case .propertyAccess, .indexAccess, .nonNullAssertion:
            return evaluateAccess(expression).value
        case .resourceAccess(let base, let name):
            guard case .resource(let reference) = evaluate(base), !reference.isModule else {
                return unknown(expression)
            }
            let childName = reference.symbolicName + "::" + name
            guard resourceSymbols[childName] != nil else {
                session.note(
                    .undefinedSymbol, "'\(text(expression))' names no nested resource", location(expression.range))
                return unknown(expression)
            }
            return .resource(BicepResourceReference(modulePath: modulePath, symbolicName: childName, index: nil))
        case .call(let call): return evaluateCall(call, expression)
        case .unary(let op, let operand):
            let value = evaluate(operand)
            switch (op, value) {
            case (.not, .bool(let b)): return .bool(!b)
            case (.minus, .int(let i)):
                let (negated, overflow) = Int(0).subtractingReportingOverflow(i)
                return overflow ? unknown(expression) : .int(negated)
            default: return unknown(expression)
            }
        case .binary(let op, let left, let right): return evaluateBinary(op, left, right, expression)
        case .ternary(let condition, let then, let otherwise):
            switch evaluate(condition) {
            case .bool(true): return evaluate(then)
            case .bool(false): return evaluate(otherwise)
            default: return unknown(expression)
            }
        case .lambda:
            return unknown(expression)
        case .forLoop(let loop):
            return evaluateLoop(loop, expression) { _, body in self.evaluate(body) }
        case .conditional(let condition, let body):
            switch evaluate(condition) {
            case .bool(true): return evaluate(body)
            case .bool(false): return .null
            default: return unknown(expression)
            }
        case .spread(let inner): return evaluate(inner)
        case .parenthesized(let inner): return evaluate(inner)
        }
    }

    func tooMuchWork(_ expression: BicepExpression) -> BicepValue {
        session.note(.evaluationError, "too many loop iterations to evaluate offline", location(expression.range))
        return unknown(expression)
    }

    func propertyKey(_ property: BicepObjectProperty) -> String? {
        switch property.key {
        case .name(let name): return name
        case .expression(let expression): return evaluate(expression).stringValue
        }
    }

    /// Expands `[for ...]` into an array; items filtered out by `if` are dropped.
    func evaluateLoop(
        _ loop: BicepForLoop, _ expression: BicepExpression,
        body evaluateBody: (Int, BicepExpression) -> BicepValue
    ) -> BicepValue {
        guard case .array(let items) = evaluate(loop.iterable) else { return unknown(expression) }
        guard session.spend(items.count) else { return tooMuchWork(expression) }
        var values: [BicepValue] = []
        values.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if session.remainingWork == 0 { return tooMuchWork(expression) }
            let mark = locals.count
            if let itemName = loop.itemName { locals.append((itemName, item)) }
            if let indexName = loop.indexName { locals.append((indexName, .int(index))) }
            defer { locals.removeSubrange(mark...) }
            if case .conditional(let condition, let body) = loop.body.kind {
                switch evaluate(condition) {
                case .bool(true): values.append(evaluateBody(index, body))
                case .bool(false): continue
                default: return unknown(expression)
                }
            } else {
                values.append(evaluateBody(index, loop.body))
            }
        }
        return .array(values)
    }

    func lookup(_ name: String, _ expression: BicepExpression) -> BicepValue {
        var index = locals.count - 1
        while index >= 0 {
            if locals[index].name == name { return locals[index].value }
            index -= 1
        }
        if let value = globalValues[name] { return value }
        let here = location(expression.range)
        if parameterDeclarations[name] != nil {
            let value = parameterValue(name, at: here)
            if parameterValues[name] != nil { globalValues[name] = value }
            return value
        }
        if variableDeclarations[name] != nil {
            let value = variableValue(name, at: here)
            if variableValues[name] != nil { globalValues[name] = value }
            return value
        }
        if let symbol = resourceSymbols[name], symbol.nestingParent == nil {
            if case .forLoop = symbol.declaration.body.kind {
                let instances = self.instances(ofResource: name, at: here)
                return .array(
                    instances.map {
                        .resource(BicepResourceReference(modulePath: modulePath, symbolicName: name, index: $0.index))
                    })
            }
            let value = BicepValue.resource(BicepResourceReference(modulePath: modulePath, symbolicName: name))
            globalValues[name] = value
            return value
        }
        if let module = moduleDeclarations[name] {
            if case .forLoop = module.body.kind {
                let instances = self.instances(ofModule: name, at: here)
                return .array(
                    instances.map {
                        .resource(
                            BicepResourceReference(
                                modulePath: modulePath, symbolicName: name, index: $0.index, isModule: true))
                    })
            }
            return .resource(BicepResourceReference(modulePath: modulePath, symbolicName: name, isModule: true))
        }
        if let imported = importedValues[name] {
            if case .value(let value) = imported { return value }
            return unknown(expression)
        }
        if importedNamespaces[name] != nil || name == "sys" || name == "az" { return unknown(expression) }
        session.note(.undefinedSymbol, "'\(name)' is not declared", here)
        return unknown(expression)
    }

    // MARK: Access

    func evaluateAccess(_ expression: BicepExpression) -> (value: BicepValue, context: AccessContext) {
        switch expression.kind {
        case .parenthesized(let inner), .nonNullAssertion(let inner):
            return evaluateAccess(inner)
        case .propertyAccess(let base, let name, let isSafe):
            if case .identifier(let namespace) = base.kind, let imported = importedNamespaces[namespace],
                !locals.contains(where: { $0.name == namespace })
            {
                return (imported.variableValue(name, at: location(expression.range)), .none)
            }
            let (baseValue, context) = evaluateAccess(base)
            return property(name, of: baseValue, context: context, isSafe: isSafe, expression)
        case .indexAccess(let base, let indexExpression, let isSafe):
            let (baseValue, context) = evaluateAccess(base)
            let indexValue = evaluate(indexExpression)
            switch (baseValue, indexValue) {
            case (.array(let items), .int(let index)):
                guard index >= 0, index < items.count else {
                    if isSafe { return (.null, .none) }
                    session.note(
                        .evaluationError, "index \(index) is out of range for an array of \(items.count) items",
                        location(expression.range))
                    return (unknown(expression), .none)
                }
                var next = AccessContext.none
                if case .inlineChildren(let owner, let type) = context { next = .inlineChild(owner, type: type) }
                return (items[index], next)
            case (_, .string(let key)):
                return property(key, of: baseValue, context: context, isSafe: isSafe, expression)
            case (.null, _) where isSafe:
                return (.null, .none)
            default:
                return (unknown(expression), .none)
            }
        default:
            return (evaluate(expression), .none)
        }
    }

    private func property(
        _ name: String, of base: BicepValue, context: AccessContext, isSafe: Bool, _ expression: BicepExpression
    ) -> (value: BicepValue, context: AccessContext) {
        switch base {
        case .resource(let reference) where reference.isModule:
            guard let instance = moduleInstance(reference, at: location(expression.range)) else {
                return (unknown(expression), .none)
            }
            switch name {
            case "outputs": return (instance.outputs, .none)
            case "name": return (instance.deploymentName ?? unknown(expression), .none)
            default: return (unknown(expression), .none)
            }
        case .resource(let reference):
            guard let instance = resourceInstance(reference, at: location(expression.range)),
                let symbol = resourceSymbols[reference.symbolicName]
            else { return (unknown(expression), .none) }
            switch name {
            case "id": return (instance.idValue, .none)
            case "name": return (instance.localName, .none)
            case "type": return (.string(symbol.fullType), .none)
            case "apiVersion": return (symbol.apiVersion.map { .string($0) } ?? unknown(expression), .none)
            default:
                if symbol.declaration.isExisting { return (unknown(expression), .none) }
                guard let value = instance.body[name] else {
                    return (isSafe ? .null : unknown(expression), .none)
                }
                return (value, name == "properties" ? .resourceProperties(instance.id) : .none)
            }
        case .object(let object):
            if let value = object[name] {
                var next = AccessContext.none
                if case .resourceProperties(let owner) = context, case .array = value {
                    next = .inlineChildren(owner, type: name)
                }
                return (value, next)
            }
            if name == "id", case .inlineChild(let owner, let type) = context, let childName = object["name"] {
                return (.resourceId(owner.child(type: type, name: childName)), .none)
            }
            return (isSafe ? .null : unknown(expression), .none)
        case .null where isSafe:
            return (.null, .none)
        default:
            return (unknown(expression), .none)
        }
    }

    // MARK: Operators

    private func evaluateBinary(
        _ op: BicepBinaryOperator, _ leftExpression: BicepExpression, _ rightExpression: BicepExpression,
        _ expression: BicepExpression
    ) -> BicepValue {
        let left = evaluate(leftExpression)
        switch op {
        case .and:
            if case .bool(false) = left { return .bool(false) }
            let right = evaluate(rightExpression)
            if case .bool(let l) = left, case .bool(let r) = right { return .bool(l && r) }
            if case .bool(false) = right { return .bool(false) }
            return unknown(expression)
        case .or:
            if case .bool(true) = left { return .bool(true) }
            let right = evaluate(rightExpression)
            if case .bool(let l) = left, case .bool(let r) = right { return .bool(l || r) }
            if case .bool(true) = right { return .bool(true) }
            return unknown(expression)
        case .coalesce:
            switch left {
            case .null: return evaluate(rightExpression)
            case .unknown: return unknown(expression)
            default: return left
            }
        default:
            break
        }
        let right = evaluate(rightExpression)
        switch op {
        case .equals, .notEquals:
            guard let equal = Self.equal(left, right, caseInsensitive: false) else { return unknown(expression) }
            return .bool(op == .equals ? equal : !equal)
        case .equalsInsensitive, .notEqualsInsensitive:
            guard let equal = Self.equal(left, right, caseInsensitive: true) else { return unknown(expression) }
            return .bool(op == .equalsInsensitive ? equal : !equal)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let order: Int
            switch (left, right) {
            case (.int(let l), .int(let r)): order = l < r ? -1 : (l == r ? 0 : 1)
            case (.string(let l), .string(let r)): order = l < r ? -1 : (l == r ? 0 : 1)
            default: return unknown(expression)
            }
            switch op {
            case .less: return .bool(order < 0)
            case .lessOrEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        case .add, .subtract, .multiply, .divide, .modulo:
            guard case .int(let l) = left, case .int(let r) = right else { return unknown(expression) }
            let result: (Int, Bool)
            switch op {
            case .add: result = l.addingReportingOverflow(r)
            case .subtract: result = l.subtractingReportingOverflow(r)
            case .multiply: result = l.multipliedReportingOverflow(by: r)
            case .divide, .modulo:
                if r == 0 {
                    session.note(.evaluationError, "division by zero", location(expression.range))
                    return unknown(expression)
                }
                result = op == .divide ? l.dividedReportingOverflow(by: r) : l.remainderReportingOverflow(dividingBy: r)
            default: return unknown(expression)
            }
            return result.1 ? unknown(expression) : .int(result.0)
        default:
            return unknown(expression)
        }
    }

    /// Deep equality, nil when an unknown part decides it.
    static func equal(_ left: BicepValue, _ right: BicepValue, caseInsensitive: Bool) -> Bool? {
        switch (left, right) {
        case (.unknown, _), (_, .unknown): return nil
        case (.deploymentLocation, .deploymentLocation): return true
        case (.deploymentLocation, _), (_, .deploymentLocation): return nil
        case (.string(let l), .string(let r)): return caseInsensitive ? l.lowercased() == r.lowercased() : l == r
        case (.array(let l), .array(let r)):
            guard l.count == r.count else { return false }
            var result: Bool? = true
            for (a, b) in zip(l, r) {
                guard let equal = equal(a, b, caseInsensitive: caseInsensitive) else {
                    result = nil
                    continue
                }
                if !equal { return false }
            }
            return result
        case (.object(let l), .object(let r)):
            guard l.count == r.count else { return false }
            var result: Bool? = true
            for entry in l.entries {
                guard let other = r[entry.key] else { return false }
                guard let equal = equal(entry.value, other, caseInsensitive: caseInsensitive) else {
                    result = nil
                    continue
                }
                if !equal { return false }
            }
            return result
        case (.resourceId(let l), .resourceId(let r)):
            if l == r { return true }
            return l.isFullyKnown && r.isFullyKnown ? false : nil
        case (.resourceId, _), (_, .resourceId): return nil
        default: return left == right
        }
    }

    // MARK: Strings

    /// Text of a value inside an interpolation or `concat`/`format`; nil when not known.
    static func stringify(_ value: BicepValue) -> String? {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "True" : "False"
        case .null: return ""
        case .array, .object:
            return value.isFullyKnown && !containsSymbolic(value) ? BicepJSON.text(of: value) : nil
        case .resourceId(let id):
            return id.scopeIsExplicit && id.isFullyKnown ? id.description : nil
        case .unknown, .resource, .deploymentLocation: return nil
        }
    }

    static func containsSymbolic(_ value: BicepValue) -> Bool {
        switch value {
        case .resource, .resourceId, .deploymentLocation, .unknown: true
        case .array(let items): items.contains(where: containsSymbolic)
        case .object(let object): object.entries.contains { containsSymbolic($0.value) }
        default: false
        }
    }

    /// Joins parts into a string. A resource id followed by `/type/name` text stays a
    /// structured id (`'${vnet.id}/subnets/GatewaySubnet'`); other unknown parts make the
    /// whole value unknown.
    func concatenateStrings(_ parts: [BicepValue], _ expression: BicepExpression) -> BicepValue {
        var text = ""
        var firstUnknown: Int? = nil
        for (offset, part) in parts.enumerated() {
            if let piece = Self.stringify(part) {
                text += piece
            } else {
                firstUnknown = offset
                break
            }
        }
        guard let firstUnknown else { return .string(text) }
        guard text.isEmpty, case .resourceId(var id) = parts[firstUnknown] else { return unknown(expression) }
        // Split the rest into path segments; an unknown part must fill a whole segment.
        var segments: [BicepValue] = []
        var current = ""
        var currentUnknown: BicepValue? = nil
        var started = false
        for part in parts[(firstUnknown + 1)...] {
            if let piece = Self.stringify(part) {
                for character in piece {
                    if character == "/" {
                        if started {
                            if let unknownPart = currentUnknown {
                                guard current.isEmpty else { return unknown(expression) }
                                segments.append(unknownPart)
                            } else {
                                segments.append(.string(current))
                            }
                        } else if !current.isEmpty || currentUnknown != nil {
                            return unknown(expression)
                        }
                        started = true
                        current = ""
                        currentUnknown = nil
                    } else {
                        guard currentUnknown == nil else { return unknown(expression) }
                        current.append(character)
                    }
                }
            } else {
                guard started, current.isEmpty, currentUnknown == nil, part.isUnknown else {
                    return unknown(expression)
                }
                currentUnknown = part
            }
        }
        if started {
            if let unknownPart = currentUnknown {
                guard current.isEmpty else { return unknown(expression) }
                segments.append(unknownPart)
            } else {
                segments.append(.string(current))
            }
        } else if !current.isEmpty || currentUnknown != nil {
            return unknown(expression)
        }
        guard segments.count % 2 == 0 else { return unknown(expression) }
        var pair = 0
        while pair < segments.count {
            guard case .string(let type) = segments[pair], !type.isEmpty, !id.providerNamespace.isEmpty else {
                return unknown(expression)
            }
            id = id.child(type: type, name: segments[pair + 1])
            pair += 2
        }
        return .resourceId(id)
    }
}

extension BicepResourceId {
    /// Whether subscription and resource group are spelled out (so the text is the real id).
    var scopeIsExplicit: Bool {
        switch scope {
        case .tenant: true
        case .subscription: subscriptionId != nil
        case .resourceGroup: subscriptionId != nil && resourceGroup != nil
        }
    }
}
