/// Points a carried-through declaration at what export will write. Export gives modelled
/// resources symbols derived from their names and declares only `param location` and the
/// credential parameters, so a private DNS zone link that said `vnet.id` or used `tags` would
/// no longer compile. Each identifier that names a modelled resource becomes the exported
/// symbol; one that names a parameter or variable with a known value becomes that value.
/// Nothing else in the text changes.
struct PassthroughReferences {
    /// Replacement text by identifier.
    var replacements: [String: String]

    /// The declaration's source text with identifier references replaced.
    func rewrite(_ declaration: BicepResourceDeclaration, sourceText: String) -> String {
        var edits: [(start: Int, end: Int, text: String)] = []
        for decorator in declaration.decorators {
            for argument in decorator.arguments { collect(argument, shadowed: [], into: &edits) }
        }
        collect(declaration.body, shadowed: [], into: &edits)
        guard !edits.isEmpty else { return sourceText }
        var bytes = Array(sourceText.utf8)
        let base = declaration.range.start.offset
        for edit in edits.sorted(by: { $0.start > $1.start }) {
            let start = edit.start - base
            let end = edit.end - base
            guard start >= 0, end <= bytes.count, start <= end else { continue }
            // A multi-line value continues at the indentation of the line it is written on.
            var lineStart = start
            while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            var indent: [UInt8] = []
            while lineStart + indent.count < start, bytes[lineStart + indent.count] == 0x20 { indent.append(0x20) }
            var text: [UInt8] = []
            for byte in edit.text.utf8 {
                text.append(byte)
                if byte == 0x0A { text += indent }
            }
            bytes.replaceSubrange(start..<end, with: text)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func collect(
        _ expression: BicepExpression, shadowed: Set<String>, into edits: inout [(start: Int, end: Int, text: String)]
    ) {
        func walk(_ e: BicepExpression, _ names: Set<String> = shadowed) { collect(e, shadowed: names, into: &edits) }
        switch expression.kind {
        case .identifier(let name):
            if !shadowed.contains(name), let text = replacements[name], text != name {
                edits.append((expression.range.start.offset, expression.range.end.offset, text))
            }
        case .string(_, let interpolations): interpolations.forEach { walk($0) }
        case .array(let items): items.forEach { walk($0) }
        case .object(let items):
            for item in items {
                switch item {
                case .property(let property):
                    if case .expression(let key) = property.key { walk(key) }
                    walk(property.value)
                case .spread(let inner): walk(inner)
                case .resource(let nested):
                    for decorator in nested.decorators { decorator.arguments.forEach { walk($0) } }
                    walk(nested.body)
                }
            }
        case .propertyAccess(let base, _, _): walk(base)
        case .indexAccess(let base, let index, _):
            walk(base)
            walk(index)
        case .resourceAccess(let base, _): walk(base)
        case .nonNullAssertion(let inner), .spread(let inner), .parenthesized(let inner): walk(inner)
        case .call(let call):
            if let base = call.base, call.namespace == nil || replacements[call.namespace ?? ""] != nil { walk(base) }
            call.arguments.forEach { walk($0) }
        case .unary(_, let operand): walk(operand)
        case .binary(_, let left, let right):
            walk(left)
            walk(right)
        case .ternary(let condition, let then, let otherwise):
            walk(condition)
            walk(then)
            walk(otherwise)
        case .lambda(let parameters, let body): walk(body, shadowed.union(parameters))
        case .forLoop(let loop):
            walk(loop.iterable)
            walk(loop.body, shadowed.union([loop.itemName, loop.indexName].compactMap { $0 }))
        case .conditional(let condition, let body):
            walk(condition)
            walk(body)
        case .multilineString, .integer, .boolean, .null: break
        }
    }

    /// A known value as Bicep text, or nil when it has no literal form.
    static func literal(_ value: BicepValue) -> String? {
        switch value {
        case .string(let s): return EmittedValue.quoted(s)
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .deploymentLocation: return "resourceGroup().location"
        case .array(let items):
            let parts = items.compactMap(literal)
            return parts.count == items.count ? "[\n" + parts.map { "  \($0)\n" }.joined() + "]" : nil
        case .object(let object):
            var parts: [String] = []
            for entry in object.entries {
                guard let text = literal(entry.value) else { return nil }
                parts.append("  \(EmittedValue.propertyKey(entry.key)): \(text)\n")
            }
            return "{\n" + parts.joined() + "}"
        case .unknown, .resourceId, .resource: return nil
        }
    }
}
