/// One top-level statement of a `.bicep` or `.bicepparam` file.
public enum BicepDeclaration: Hashable, Sendable {
    case targetScope(BicepTargetScopeDeclaration)
    case metadata(BicepMetadataDeclaration)
    case parameter(BicepParameterDeclaration)
    case variable(BicepVariableDeclaration)
    case resource(BicepResourceDeclaration)
    case module(BicepModuleDeclaration)
    case output(BicepOutputDeclaration)
    case type(BicepTypeDeclaration)
    case function(BicepFunctionDeclaration)
    case `import`(BicepImportDeclaration)
    case `extension`(BicepExtensionDeclaration)
    case using(BicepUsingDeclaration)
    case assert(BicepAssertDeclaration)

    /// The whole declaration, decorators included.
    public var range: SourceRange {
        switch self {
        case .targetScope(let d): d.range
        case .metadata(let d): d.range
        case .parameter(let d): d.range
        case .variable(let d): d.range
        case .resource(let d): d.range
        case .module(let d): d.range
        case .output(let d): d.range
        case .type(let d): d.range
        case .function(let d): d.range
        case .import(let d): d.range
        case .extension(let d): d.range
        case .using(let d): d.range
        case .assert(let d): d.range
        }
    }
}

/// `targetScope = 'subscription'`
public struct BicepTargetScopeDeclaration: Hashable, Sendable {
    public var value: BicepExpression
    public var range: SourceRange
}

/// `metadata name = value`
public struct BicepMetadataDeclaration: Hashable, Sendable {
    public var name: String
    public var value: BicepExpression
    public var decorators: [BicepDecorator]
    public var range: SourceRange
}

/// `param name type = default`, `param name resource 'T@v'`, or in a `.bicepparam` file
/// `param name = value` (then `type` is nil and `defaultValue` holds the value).
public struct BicepParameterDeclaration: Hashable, Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var type: BicepTypeExpression?
    public var defaultValue: BicepExpression?
    public var decorators: [BicepDecorator]
    public var range: SourceRange

    /// `@secure()`, or a secure type (`@secure()` on a user-defined type is not followed).
    public var isSecure: Bool { decorators.containsSecure }
}

/// `var name = value` or `var name type = value`.
public struct BicepVariableDeclaration: Hashable, Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var type: BicepTypeExpression?
    public var value: BicepExpression
    public var decorators: [BicepDecorator]
    public var range: SourceRange
}

/// `resource name 'Type@version' [existing] = body`. The body is an object, an
/// `if (...) {...}` conditional or a `[for ...]` loop. Child resources declared inside the
/// body appear as `.resource` items of the body object.
public struct BicepResourceDeclaration: Hashable, Sendable {
    public var name: String
    public var nameRange: SourceRange
    /// The type string exactly as written: `Microsoft.Network/virtualNetworks@2024-05-01`,
    /// or `subnets` for a nested child that inherits its parent's type and version.
    public var typeString: String
    public var typeRange: SourceRange
    public var isExisting: Bool
    public var body: BicepExpression
    public var decorators: [BicepDecorator]
    public var range: SourceRange

    /// `Microsoft.Network/virtualNetworks` (or `subnets` for a nested short type).
    public var resourceType: String {
        let utf8 = typeString.utf8
        if let at = utf8.firstIndex(of: UInt8(ascii: "@")) { return String(typeString[..<at]) }
        return typeString
    }

    /// `2024-05-01`, or nil when the type string has no `@`.
    public var apiVersion: String? {
        let utf8 = typeString.utf8
        guard let at = utf8.firstIndex(of: UInt8(ascii: "@")) else { return nil }
        return String(typeString[utf8.index(after: at)...])
    }

    /// The resource's own object body, looking through a condition and a loop (and its filter).
    public var bodyObject: BicepExpression { body.declarationObject }
}

extension BicepExpression {
    /// The object inside `if (...) {...}` and `[for ...: {...}]`, or the expression itself.
    public var declarationObject: BicepExpression {
        switch kind {
        case .conditional(_, let body): body.declarationObject
        case .forLoop(let loop): loop.body.declarationObject
        default: self
        }
    }

    /// The property named `name` when this expression is an object literal.
    public func property(named name: String) -> BicepObjectProperty? {
        guard case .object(let items) = kind else { return nil }
        for case .property(let property) in items where property.name == name { return property }
        return nil
    }
}

/// `module name 'path' = body`; `path` is `./x.bicep`, `br:...`, `br/public:...` or `ts:...`.
public struct BicepModuleDeclaration: Hashable, Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var path: String
    public var pathRange: SourceRange
    public var body: BicepExpression
    public var decorators: [BicepDecorator]
    public var range: SourceRange

    /// Registry (`br:`, `br/alias:`) and template-spec (`ts:`, `ts/alias:`) references,
    /// which cannot be fetched offline.
    public var isRemote: Bool {
        path.hasPrefix("br:") || path.hasPrefix("br/") || path.hasPrefix("ts:") || path.hasPrefix("ts/")
    }
}

/// `output name type = value` (type may be `resource 'T@v'`).
public struct BicepOutputDeclaration: Hashable, Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var type: BicepTypeExpression
    public var value: BicepExpression
    public var decorators: [BicepDecorator]
    public var range: SourceRange
}

/// `type name = type`
public struct BicepTypeDeclaration: Hashable, Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var type: BicepTypeExpression
    public var decorators: [BicepDecorator]
    public var range: SourceRange
}

/// `func name(a string, b int) string => body`
public struct BicepFunctionDeclaration: Hashable, Sendable {
    public struct Parameter: Hashable, Sendable {
        public var name: String
        public var type: BicepTypeExpression
    }

    public var name: String
    public var nameRange: SourceRange
    public var parameters: [Parameter]
    public var returnType: BicepTypeExpression
    public var body: BicepExpression
    public var decorators: [BicepDecorator]
    public var range: SourceRange
}

/// `import {a, b as c} from 'path'`, `import * as ns from 'path'`, or the older
/// provider form `import 'az@1.0.0'`.
public struct BicepImportDeclaration: Hashable, Sendable {
    public struct ImportedSymbol: Hashable, Sendable {
        public var name: String
        public var alias: String?
        /// The name the importing file uses.
        public var localName: String { alias ?? name }
    }

    public enum Kind: Hashable, Sendable {
        case symbols([ImportedSymbol])
        case wildcard(alias: String)
        /// `import 'az@1.0.0' [with {...}] [as alias]`: a provider, not a file.
        case provider(alias: String?)
    }

    public var kind: Kind
    /// The file (or provider specification) imported from.
    public var path: String
    public var pathRange: SourceRange
    public var decorators: [BicepDecorator]
    public var range: SourceRange
}

/// `extension name [with {...}] [as alias]` (also the older `provider` keyword).
public struct BicepExtensionDeclaration: Hashable, Sendable {
    public var specification: String
    public var configuration: BicepExpression?
    public var alias: String?
    public var decorators: [BicepDecorator]
    public var range: SourceRange
}

/// `using './main.bicep'` in a `.bicepparam` file; `path` is nil for `using none`.
public struct BicepUsingDeclaration: Hashable, Sendable {
    public var path: String?
    public var range: SourceRange
}

/// `assert name = condition`
public struct BicepAssertDeclaration: Hashable, Sendable {
    public var name: String
    public var value: BicepExpression
    public var decorators: [BicepDecorator]
    public var range: SourceRange
}
