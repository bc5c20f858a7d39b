/// A value computed from Bicep without deploying anything.
///
/// What cannot be known offline (`uniqueString(...)`, a parameter without a value,
/// `reference(...)`, an `existing` resource's properties) is `.unknown` with the source text it
/// came from, so checks can skip it instead of guessing. Resource ids stay structured
/// (`.resourceId`) so that `vnet.id`, `'${vnet.id}/subnets/x'` and `resourceId(...)` compare
/// equal when they name the same resource.
///
/// Only the two large cases are boxed: strings, numbers, arrays and objects are stored inline
/// (arrays and objects already live in their own buffers), which saves one allocation and one
/// free per value; a 5 MB file evaluates to about a million of them.
public enum BicepValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([BicepValue])
    /// Keys keep their declaration order.
    case object(BicepObject)
    /// Not knowable offline; the payload is the Bicep source text of the expression.
    case unknown(String)
    /// A resource id, possibly with unknown parts.
    indirect case resourceId(BicepResourceId)
    /// A symbolic reference to a declared resource or module (`parent: vnet`, `dependsOn: [m]`).
    indirect case resource(BicepResourceReference)
    /// `resourceGroup().location`: the region of the deployment's resource group, which the
    /// design model calls "the deployment's default region".
    case deploymentLocation

    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    public var intValue: Int? { if case .int(let i) = self { i } else { nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { b } else { nil } }
    public var arrayValue: [BicepValue]? { if case .array(let a) = self { a } else { nil } }
    public var objectValue: BicepObject? { if case .object(let o) = self { o } else { nil } }
    public var resourceIdValue: BicepResourceId? { if case .resourceId(let r) = self { r } else { nil } }
    public var isNull: Bool { if case .null = self { true } else { false } }
    public var isUnknown: Bool { if case .unknown = self { true } else { false } }

    /// Whether no part of the value (at any depth) is unknown. Resource ids count as known
    /// when their names are known (their subscription and resource group may be implicit).
    public var isFullyKnown: Bool {
        switch self {
        case .unknown: false
        case .array(let items): items.allSatisfy(\.isFullyKnown)
        case .object(let object): object.entries.allSatisfy(\.value.isFullyKnown)
        case .resourceId(let id): id.isFullyKnown
        default: true
        }
    }

    /// `value["properties"]` on objects; nil for anything else or a missing key.
    public subscript(key: String) -> BicepValue? { objectValue?[key] }

    /// `value[0]` on arrays; nil out of range or for anything else.
    public subscript(index: Int) -> BicepValue? {
        guard case .array(let items) = self, index >= 0, index < items.count else { return nil }
        return items[index]
    }

    /// The value at a property path, e.g. `properties.subnets[0].properties.addressPrefix`.
    public subscript(path: BicepPropertyPath) -> BicepValue? {
        var current = self
        for component in path.components {
            switch component {
            case .key(let key):
                guard let next = current[key] else { return nil }
                current = next
            case .index(let index):
                guard let next = current[index] else { return nil }
                current = next
            }
        }
        return current
    }
}

extension BicepValue: CustomStringConvertible {
    /// A compact Bicep-like rendering for messages and tests: `'text'`, `42`, `[1, 2]`,
    /// `{a: 1}`, `<unknown: expr>`, the ARM text of resource ids.
    public var description: String {
        switch self {
        case .string(let s): "'\(s)'"
        case .int(let i): String(i)
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        case .array(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .object(let object):
            "{" + object.entries.map { "\($0.key): \($0.value.description)" }.joined(separator: ", ") + "}"
        case .unknown(let text): "<unknown: \(text)>"
        case .resourceId(let id): id.description
        case .resource(let reference): "<resource \(reference)>"
        case .deploymentLocation: "<resourceGroup().location>"
        }
    }
}
