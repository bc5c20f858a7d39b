extension TemplateEvaluation {
    /// Calls a user-defined, imported or built-in function. Arguments are evaluated lazily
    /// so lambdas can be applied by `map`, `filter` and friends.
    func evaluateCall(_ call: BicepFunctionCall, _ expression: BicepExpression) -> BicepValue {
        if let base = call.base {
            if case .identifier(let namespace) = base.kind, !locals.contains(where: { $0.name == namespace }) {
                if namespace == "sys" || namespace == "az" {
                    return builtIn(call.name, call.arguments, expression)
                }
                if let imported = importedNamespaces[namespace] {
                    if let function = imported.functionDeclarations[call.name] {
                        let arguments = call.arguments.map { evaluate($0) }
                        return imported.apply(function, arguments)
                    }
                    return unknown(expression)
                }
            }
            // Resource functions (`listKeys()`, `getSecret()`) need a deployment.
            return unknown(expression)
        }
        // Most files declare and import no functions: skip hashing the name for nothing.
        if !functionDeclarations.isEmpty, let function = functionDeclarations[call.name] {
            return apply(function, call.arguments.map { evaluate($0) })
        }
        if !importedValues.isEmpty, case .function(let owner, let function)? = importedValues[call.name] {
            return owner.apply(function, call.arguments.map { evaluate($0) })
        }
        return builtIn(call.name, call.arguments, expression)
    }

    /// Runs a `func` declaration: only its parameters are in scope.
    func apply(_ function: BicepFunctionDeclaration, _ arguments: [BicepValue]) -> BicepValue {
        isolated {
            for (parameter, argument) in zip(function.parameters, arguments) {
                locals.append((parameter.name, argument))
            }
            return evaluate(function.body)
        }
    }

    /// Applies a lambda argument to values.
    private func applyLambda(_ lambda: BicepExpression, _ arguments: [BicepValue]) -> BicepValue? {
        var lambda = lambda
        while case .parenthesized(let inner) = lambda.kind { lambda = inner }
        guard case .lambda(let parameters, let body) = lambda.kind else { return nil }
        let mark = locals.count
        for (parameter, argument) in zip(parameters, arguments) { locals.append((parameter, argument)) }
        defer { locals.removeSubrange(mark...) }
        return evaluate(body)
    }

    private func failure(_ message: String, _ expression: BicepExpression) -> BicepValue {
        session.note(.evaluationError, "\(text(expression)): \(message)", location(expression.range))
        return unknown(expression)
    }

    /// The built-in (`sys` and `az`) functions that make sense offline.
    func builtIn(_ name: String, _ argumentExpressions: [BicepExpression], _ expression: BicepExpression) -> BicepValue
    {
        if Self.isLambdaFunction(name) {
            var cache: [BicepValue?] = Array(repeating: nil, count: argumentExpressions.count)
            return lambdaFunction(
                name, argumentExpressions,
                { index in
                    guard index < argumentExpressions.count else { return .null }
                    if let value = cache[index] { return value }
                    let value = self.evaluate(argumentExpressions[index])
                    cache[index] = value
                    return value
                }, expression)
        }
        let arguments = argumentExpressions.map { evaluate($0) }
        func argument(_ index: Int) -> BicepValue { index < arguments.count ? arguments[index] : .null }
        let count = argumentExpressions.count
        func string(_ index: Int) -> String? { argument(index).stringValue }
        func int(_ index: Int) -> Int? { argument(index).intValue }

        switch name {
        // Networks first: a `switch` over strings tries the cases in order, and these are
        // the functions network templates call per subnet and route.
        case "parseCidr":
            guard let text = string(0) else { return unknown(expression) }
            do {
                return try IPNetwork(parsing: text).parsedObject
            } catch {
                return failure(error.description, expression)
            }
        case "cidrSubnet":
            guard let text = string(0), let newPrefix = int(1), let index = int(2) else { return unknown(expression) }
            do {
                return .string(try IPNetwork(parsing: text).subnet(newPrefix: newPrefix, index: index).cidrText)
            } catch {
                return failure(error.description, expression)
            }
        case "cidrHost":
            guard let text = string(0), let index = int(1) else { return unknown(expression) }
            do {
                return .string(try IPNetwork(parsing: text).host(index: index))
            } catch {
                return failure(error.description, expression)
            }

        // Deployment context
        case "resourceGroup":
            var object = BicepObject()
            var id = BicepResourceId(
                scope: .resourceGroup, subscriptionId: scope.subscriptionId, resourceGroup: scope.resourceGroup,
                providerNamespace: "", types: [], names: [])
            if count == 1 {
                id.resourceGroup = argument(0)
            } else if count >= 2 {
                id.subscriptionId = argument(0)
                id.resourceGroup = argument(1)
            }
            object["id"] = .resourceId(id)
            object["name"] = id.resourceGroup ?? .unknown("resourceGroup().name")
            object["type"] = .string("Microsoft.Resources/resourceGroups")
            object["location"] =
                count == 0 && scope.resourceGroup == nil
                ? .deploymentLocation : .unknown(text(expression) + ".location")
            object["properties"] = .unknown(text(expression) + ".properties")
            object["tags"] = .unknown(text(expression) + ".tags")
            return .object(object)
        case "subscription":
            var object = BicepObject()
            let subscription = count >= 1 ? argument(0) : scope.subscriptionId
            object["id"] = .resourceId(
                BicepResourceId(
                    scope: .subscription, subscriptionId: subscription, resourceGroup: nil, providerNamespace: "",
                    types: [], names: []))
            object["subscriptionId"] = subscription ?? .unknown("subscription().subscriptionId")
            object["tenantId"] = .unknown("subscription().tenantId")
            object["displayName"] = .unknown("subscription().displayName")
            return .object(object)
        case "deployment", "tenant", "managementGroup", "environment":
            return unknown(expression)
        case "resourceId", "subscriptionResourceId", "tenantResourceId", "extensionResourceId":
            return resourceIdFunction(name, arguments, expression)

        // Unknowable offline
        case "uniqueString", "guid", "newGuid", "utcNow", "reference", "listKeys", "listSecrets", "list",
            "pickZones", "readEnvironmentVariable", "loadTextContent", "loadJsonContent", "loadYamlContent",
            "loadFileAsBase64", "getSecret", "base64", "base64ToString", "base64ToJson", "uri", "uriComponent",
            "uriComponentToString", "dataUri", "dataUriToString", "dateTimeAdd", "dateTimeFromEpoch", "dateTimeToEpoch",
            "externalInput":
            return unknown(expression)
        case _ where name.hasPrefix("list"):
            return unknown(expression)

        case "any":
            return argument(0)
        case "string":
            if case .resourceId = argument(0) { return argument(0) }
            guard let text = Self.stringify(argument(0)) else { return unknown(expression) }
            return .string(text)
        case "int":
            switch argument(0) {
            case .int(let i): return .int(i)
            case .string(let s):
                guard let i = Int(s.trimmingSpaces) else { return failure("'\(s)' is not an integer", expression) }
                return .int(i)
            default: return unknown(expression)
            }
        case "bool":
            switch argument(0) {
            case .bool(let b): return .bool(b)
            case .int(let i): return .bool(i != 0)
            case .string(let s):
                switch s.lowercased() {
                case "true": return .bool(true)
                case "false": return .bool(false)
                default: return failure("'\(s)' is not a boolean", expression)
                }
            default: return unknown(expression)
            }
        case "toLower":
            guard let s = string(0) else { return unknown(expression) }
            return .string(s.lowercased())
        case "toUpper":
            guard let s = string(0) else { return unknown(expression) }
            return .string(s.uppercased())
        case "trim":
            guard let s = string(0) else { return unknown(expression) }
            return .string(s.trimmingSpaces)
        case "concat":
            let values = arguments
            if values.allSatisfy({ if case .array = $0 { true } else { false } }), !values.isEmpty {
                return .array(values.flatMap { $0.arrayValue ?? [] })
            }
            return concatenateStrings(values, expression)
        case "format":
            return format(arguments, expression)
        case "length":
            switch argument(0) {
            case .string(let s): return .int(s.count)
            case .array(let items): return .int(items.count)
            case .object(let object): return .int(object.count)
            default: return unknown(expression)
            }
        case "empty":
            switch argument(0) {
            case .null: return .bool(true)
            case .string(let s): return .bool(s.isEmpty)
            case .array(let items): return .bool(items.isEmpty)
            case .object(let object): return .bool(object.isEmpty)
            case .int, .bool, .resourceId, .resource, .deploymentLocation: return .bool(false)
            case .unknown: return unknown(expression)
            }
        case "contains":
            switch (argument(0), argument(1)) {
            case (.string(let s), let item):
                guard let needle = Self.stringify(item) else { return unknown(expression) }
                return .bool(s.contains(needle) || needle.isEmpty)
            case (.array(let items), let item):
                var sawUnknown = false
                for candidate in items {
                    switch Self.equal(candidate, item, caseInsensitive: false) {
                    case true?: return .bool(true)
                    case nil: sawUnknown = true
                    default: break
                    }
                }
                return sawUnknown ? unknown(expression) : .bool(false)
            case (.object(let object), .string(let key)):
                return .bool(object[key] != nil)
            default:
                return unknown(expression)
            }
        case "indexOf", "lastIndexOf":
            switch (argument(0), argument(1)) {
            case (.string(let s), .string(let needle)):
                let haystack = Array(s.lowercased())
                let target = Array(needle.lowercased())
                if target.isEmpty { return .int(name == "indexOf" ? 0 : haystack.count) }
                guard haystack.count >= target.count else { return .int(-1) }
                let positions = Array(0...(haystack.count - target.count))
                for position in name == "indexOf" ? positions : positions.reversed()
                where Array(haystack[position..<(position + target.count)]) == target {
                    return .int(position)
                }
                return .int(-1)
            case (.array(let items), let item):
                let indices = Array(items.indices)
                for index in name == "indexOf" ? indices : indices.reversed() where items[index] == item {
                    return .int(index)
                }
                return items.allSatisfy(\.isFullyKnown) ? .int(-1) : unknown(expression)
            default:
                return unknown(expression)
            }
        case "union":
            let values = arguments
            if values.allSatisfy({ $0.objectValue != nil }) {
                var result = BicepObject()
                for value in values { result = Self.merge(result, value.objectValue ?? BicepObject()) }
                return .object(result)
            }
            if values.allSatisfy({ $0.arrayValue != nil }) {
                var result: [BicepValue] = []
                for value in values {
                    for item in value.arrayValue ?? [] where !result.contains(item) { result.append(item) }
                }
                return .array(result)
            }
            return unknown(expression)
        case "intersection":
            let values = arguments
            if let first = values.first?.arrayValue, values.allSatisfy({ $0.arrayValue != nil }) {
                return .array(
                    first.filter { item in values.dropFirst().allSatisfy { $0.arrayValue?.contains(item) ?? false } })
            }
            if let first = values.first?.objectValue, values.allSatisfy({ $0.objectValue != nil }) {
                return .object(
                    BicepObject(
                        first.entries.filter { entry in
                            values.dropFirst().allSatisfy { $0.objectValue?[entry.key] == entry.value }
                        }))
            }
            return unknown(expression)
        case "first", "last":
            switch argument(0) {
            case .array(let items):
                return (name == "first" ? items.first : items.last) ?? .null
            case .string(let s):
                guard let character = name == "first" ? s.first : s.last else { return .string("") }
                return .string(String(character))
            default: return unknown(expression)
            }
        case "split":
            guard let s = string(0) else { return unknown(expression) }
            var delimiters: [String] = []
            switch argument(1) {
            case .string(let d): delimiters = [d]
            case .array(let items): delimiters = items.compactMap(\.stringValue)
            default: return unknown(expression)
            }
            return .array(Self.split(s, by: delimiters.filter { !$0.isEmpty }).map { .string($0) })
        case "join":
            guard case .array(let items) = argument(0), let delimiter = string(1) else { return unknown(expression) }
            var pieces: [String] = []
            for item in items {
                guard let piece = Self.stringify(item) else { return unknown(expression) }
                pieces.append(piece)
            }
            return .string(pieces.joined(separator: delimiter))
        case "replace":
            guard let s = string(0), let old = string(1), let new = string(2) else { return unknown(expression) }
            guard !old.isEmpty else { return .string(s) }
            return .string(Self.split(s, by: [old]).joined(separator: new))
        case "substring":
            guard let s = string(0), let start = int(1) else { return unknown(expression) }
            let characters = Array(s)
            let length = count > 2 ? int(2) : characters.count - start
            guard let length, start >= 0, length >= 0, start <= characters.count, start + length <= characters.count
            else { return failure("the range is outside the string", expression) }
            return .string(String(characters[start..<(start + length)]))
        case "startsWith", "endsWith":
            guard let s = string(0)?.lowercased(), let affix = string(1)?.lowercased() else {
                return unknown(expression)
            }
            return .bool(name == "startsWith" ? s.hasPrefix(affix) : s.hasSuffix(affix))
        case "range":
            guard let start = int(0), let length = int(1) else { return unknown(expression) }
            guard length >= 0, length <= 100_000, start.addingReportingOverflow(length).overflow == false else {
                return failure("range(\(start), \(length)) is too large to expand", expression)
            }
            guard session.spend(length) else { return tooMuchWork(expression) }
            return .array((start..<(start + length)).map { .int($0) })
        case "array":
            switch argument(0) {
            case .array: return argument(0)
            case .unknown: return unknown(expression)
            default: return .array([argument(0)])
            }
        case "createArray":
            return .array(arguments)
        case "createObject":
            guard count % 2 == 0 else { return failure("createObject needs key/value pairs", expression) }
            var object = BicepObject()
            var index = 0
            while index < count {
                guard let key = string(index) else { return unknown(expression) }
                object[key] = argument(index + 1)
                index += 2
            }
            return .object(object)
        case "objectKeys":
            guard case .object(let object) = argument(0) else { return unknown(expression) }
            return .array(object.keys.map { .string($0) })
        case "items":
            guard case .object(let object) = argument(0) else { return unknown(expression) }
            let sorted = object.entries.sorted { $0.key.lowercased() < $1.key.lowercased() }
            return .array(sorted.map { .object(BicepObject(["key": .string($0.key), "value": $0.value])) })
        case "flatten":
            guard case .array(let items) = argument(0) else { return unknown(expression) }
            var result: [BicepValue] = []
            for item in items {
                guard case .array(let inner) = item else { return unknown(expression) }
                result.append(contentsOf: inner)
            }
            return .array(result)
        case "take", "skip":
            guard let n = int(1) else { return unknown(expression) }
            switch argument(0) {
            case .array(let items):
                let k = max(0, min(n, items.count))
                return .array(name == "take" ? Array(items[..<k]) : Array(items[k...]))
            case .string(let s):
                let characters = Array(s)
                let k = max(0, min(n, characters.count))
                return .string(String(name == "take" ? characters[..<k] : characters[k...]))
            default: return unknown(expression)
            }
        case "min", "max":
            var numbers: [Int] = []
            for value in arguments {
                switch value {
                case .int(let i): numbers.append(i)
                case .array(let items):
                    for item in items {
                        guard case .int(let i) = item else { return unknown(expression) }
                        numbers.append(i)
                    }
                default: return unknown(expression)
                }
            }
            guard let result = name == "min" ? numbers.min() : numbers.max() else {
                return failure("\(name) of an empty list", expression)
            }
            return .int(result)
        case "coalesce":
            for index in 0..<count {
                switch argument(index) {
                case .null: continue
                case .unknown: return unknown(expression)
                default: return argument(index)
                }
            }
            return .null

        case "tryGet":
            var current = argument(0)
            for index in 1..<max(1, count) {
                switch (current, argument(index)) {
                case (.object(let object), .string(let key)): current = object[key] ?? .null
                case (.array(let items), .int(let i)): current = i >= 0 && i < items.count ? items[i] : .null
                case (.null, _): return .null
                default: return unknown(expression)
                }
            }
            return current
        default:
            session.note(
                .unsupportedFunction, "function '\(name)' is not evaluated offline; its value is unknown",
                location(expression.range))
            return unknown(expression)
        }
    }

    /// Whether `name` is a function that takes a lambda (its arguments are evaluated lazily);
    /// a switch rather than a set, so the network functions called per subnet and route are
    /// not hashed first.
    static func isLambdaFunction(_ name: String) -> Bool {
        switch name {
        case "map", "filter", "sort", "reduce", "toObject", "groupBy", "mapValues": true
        default: false
        }
    }

    private func lambdaFunction(
        _ name: String, _ argumentExpressions: [BicepExpression], _ argument: (Int) -> BicepValue,
        _ expression: BicepExpression
    ) -> BicepValue {
        guard argumentExpressions.count >= 2 else { return unknown(expression) }
        let lambdaIndex = name == "reduce" ? 2 : 1
        guard lambdaIndex < argumentExpressions.count else { return unknown(expression) }
        let lambda = argumentExpressions[lambdaIndex]
        if case .array(let items) = argument(0), !session.spend(items.count) { return tooMuchWork(expression) }
        guard case .array(let items) = argument(0) else {
            if name == "mapValues", case .object(let object) = argument(0) {
                var result = BicepObject()
                for entry in object.entries {
                    guard let value = applyLambda(lambda, [entry.value]) else { return unknown(expression) }
                    result[entry.key] = value
                }
                return .object(result)
            }
            return unknown(expression)
        }
        switch name {
        case "map":
            var result: [BicepValue] = []
            result.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                if session.remainingWork == 0 { return tooMuchWork(expression) }
                guard let value = applyLambda(lambda, [item, .int(index)]) else { return unknown(expression) }
                result.append(value)
            }
            return .array(result)
        case "filter":
            var result: [BicepValue] = []
            for (index, item) in items.enumerated() {
                switch applyLambda(lambda, [item, .int(index)]) {
                case .bool(true)?: result.append(item)
                case .bool(false)?: continue
                default: return unknown(expression)
                }
            }
            return .array(result)
        case "reduce":
            var accumulator = argument(1)
            for (index, item) in items.enumerated() {
                guard let value = applyLambda(lambda, [accumulator, item, .int(index)]) else {
                    return unknown(expression)
                }
                accumulator = value
            }
            return accumulator
        case "sort":
            var result = items
            var failed = false
            result.sort { a, b in
                guard !failed, case .bool(let less)? = applyLambda(lambda, [a, b]) else {
                    failed = true
                    return false
                }
                return less
            }
            return failed ? unknown(expression) : .array(result)
        case "toObject", "groupBy":
            var object = BicepObject()
            for item in items {
                guard case .string(let key)? = applyLambda(lambda, [item]) else { return unknown(expression) }
                if name == "groupBy" {
                    var group = object[key]?.arrayValue ?? []
                    group.append(item)
                    object[key] = .array(group)
                } else {
                    var value = item
                    if argumentExpressions.count > 2 {
                        guard let mapped = applyLambda(argumentExpressions[2], [item]) else {
                            return unknown(expression)
                        }
                        value = mapped
                    }
                    object[key] = value
                }
            }
            return .object(object)
        default:
            return unknown(expression)
        }
    }

    /// `resourceId([subscriptionId], [resourceGroupName], type, name1, name2...)` and friends.
    private func resourceIdFunction(_ name: String, _ arguments: [BicepValue], _ expression: BicepExpression)
        -> BicepValue
    {
        guard let typeIndex = arguments.firstIndex(where: { ($0.stringValue?.contains("/") ?? false) }) else {
            return unknown(expression)
        }
        guard case .string(let fullType) = arguments[typeIndex] else { return unknown(expression) }
        let leading = Array(arguments[..<typeIndex])
        var names = Array(arguments[(typeIndex + 1)...])
        let typeCount = fullType.split(separator: "/").count - 1
        // A single name argument may hold all segments: resourceId('T/child', 'vnet/subnet').
        if names.count == 1, typeCount > 1, case .string(let joined) = names[0] {
            let parts = joined.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == typeCount { names = parts.map { .string(String($0)) } }
        }
        guard names.count == typeCount else {
            return failure("\(typeCount) name segments expected for \(fullType), found \(names.count)", expression)
        }
        func normalized(_ value: BicepValue) -> BicepValue? {
            if case .unknown(let text) = value,
                text == "subscription().subscriptionId" || text == "resourceGroup().name"
            {
                return nil
            }
            return value
        }
        var id = BicepResourceId(
            fullType: fullType, names: names, scope: .resourceGroup, subscriptionId: scope.subscriptionId,
            resourceGroup: scope.resourceGroup)
        switch name {
        case "subscriptionResourceId":
            id.scope = .subscription
            id.resourceGroup = nil
            if let first = leading.first { id.subscriptionId = normalized(first) }
        case "tenantResourceId":
            id.scope = .tenant
            id.subscriptionId = nil
            id.resourceGroup = nil
        case "extensionResourceId":
            return unknown(expression)
        default:
            if targetScope == "subscription" && leading.isEmpty {
                id.scope = .subscription
                id.resourceGroup = nil
            }
            if leading.count == 1 {
                id.resourceGroup = normalized(leading[0])
            } else if leading.count >= 2 {
                id.subscriptionId = normalized(leading[0])
                id.resourceGroup = normalized(leading[1])
            }
        }
        return .resourceId(id)
    }

    /// .NET composite formatting: `{0}`, `{1:N}` (format specifiers ignored), `{{`, `}}`.
    private func format(_ arguments: [BicepValue], _ expression: BicepExpression) -> BicepValue {
        guard let template = arguments.first?.stringValue else { return unknown(expression) }
        var parts: [BicepValue] = []
        var literal = ""
        var characters = template[...]
        while let character = characters.popFirst() {
            if character == "{" {
                if characters.first == "{" {
                    characters.removeFirst()
                    literal.append("{")
                    continue
                }
                guard let close = characters.firstIndex(of: "}") else {
                    return failure("unterminated placeholder in the format string", expression)
                }
                let inside = characters[..<close]
                characters = characters[characters.index(after: close)...]
                let indexText = inside.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
                guard let index = Int(indexText.split(separator: ",").first ?? ""), index >= 0,
                    index + 1 < arguments.count
                else { return failure("placeholder {\(inside)} has no argument", expression) }
                if !literal.isEmpty { parts.append(.string(literal)) }
                literal = ""
                parts.append(arguments[index + 1])
            } else if character == "}" {
                if characters.first == "}" { characters.removeFirst() }
                literal.append("}")
            } else {
                literal.append(character)
            }
        }
        if !literal.isEmpty { parts.append(.string(literal)) }
        return concatenateStrings(parts, expression)
    }

    /// ARM's `union` of objects merges nested objects recursively; later values win.
    static func merge(_ base: BicepObject, _ other: BicepObject) -> BicepObject {
        var result = base
        for entry in other.entries {
            if case .object(let existing)? = result[entry.key], case .object(let incoming) = entry.value {
                result[entry.key] = .object(merge(existing, incoming))
            } else {
                result[entry.key] = entry.value
            }
        }
        return result
    }

    static func split(_ text: String, by delimiters: [String]) -> [String] {
        guard !delimiters.isEmpty else { return [text] }
        var result: [String] = []
        var current = ""
        var rest = Substring(text)
        outer: while !rest.isEmpty {
            for delimiter in delimiters where rest.hasPrefix(delimiter) {
                result.append(current)
                current = ""
                rest = rest.dropFirst(delimiter.count)
                continue outer
            }
            current.append(rest.removeFirst())
        }
        result.append(current)
        return result
    }
}
