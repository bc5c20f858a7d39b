/// Symbolic names for the writer, derived from resource names so a reader of the Bicep can
/// tell which resource a symbol is (`vnet-hub` -> `vnetHub`). Assignment is first come, first
/// served in the writer's fixed order, so the same design always gets the same names.
struct SymbolNames {
    private var taken: Set<String>

    /// Keywords and the functions an export calls: a symbol with one of these names would
    /// shadow the function (`resourceGroup().location` would stop compiling).
    static let reserved: Set<String> = [
        "param", "var", "resource", "module", "output", "targetScope", "import", "using", "existing",
        "if", "for", "in", "type", "func", "metadata", "extension", "true", "false", "null", "as", "with",
        "location", "resourceGroup", "subscription", "tenant", "managementGroup", "deployment",
        "environment", "resourceId", "subscriptionResourceId", "concat", "format", "toLower", "string",
        "int", "bool", "object", "array", "any", "sys", "az",
    ]

    init(reserving names: some Sequence<String> = []) {
        taken = Set(SymbolNames.reserved.map(\.asciiLowercased))
        for name in names { taken.insert(name.asciiLowercased) }
    }

    /// Claims a name that is already fixed (a parameter the design names).
    mutating func reserve(_ name: String) { taken.insert(name.asciiLowercased) }

    /// A unique symbol for `name`; `qualifier` (the resource kind, `Nsg`) is appended first
    /// when the plain form is taken, then a counter.
    mutating func claim(for name: String, qualifier: String) -> String {
        var base = SymbolNames.camelCase(name)
        if base.isEmpty { base = qualifier.prefix(1).lowercased() + qualifier.dropFirst() }
        if let first = base.unicodeScalars.first, ("0"..."9").contains(first) { base = "r" + base }
        if taken.insert(base.asciiLowercased).inserted { return base }
        var candidate = base + qualifier
        var counter = 2
        while !taken.insert(candidate.asciiLowercased).inserted {
            candidate = base + qualifier + String(counter)
            counter += 1
        }
        return candidate
    }

    /// `vnet-prod-ae-wv-001` -> `vnetProdAeWv001`; only ASCII letters and digits survive.
    static func camelCase(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in name.unicodeScalars {
            let isWordChar = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            if isWordChar {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        guard let first = words.first else { return "" }
        var out = first.prefix(1).lowercased() + first.dropFirst()
        for word in words.dropFirst() { out += word.prefix(1).uppercased() + word.dropFirst() }
        return out
    }
}
