/// One `resource` declaration of an export: its symbol, type, body and the comments above it
/// (suppressions). Nested `existing` children (subnets other resources refer to) print inside
/// the parent's braces, which is how Bicep scopes them (`vnetHub::gatewaySubnet`).
struct ResourceBlock {
    var symbol: String
    /// `Microsoft.Network/virtualNetworks@2024-05-01`, or a child type name (`subnets`) when nested.
    var type: String
    var isExisting = false
    var comments: [String] = []
    /// Properties in print order (`parent`, `name`, `location`, ... `dependsOn`).
    var members: [(String, EmittedValue)]
    var nested: [ResourceBlock] = []

    func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        var out = ""
        for comment in comments { out += pad + comment + "\n" }
        out += pad + "resource \(symbol) '\(type)'" + (isExisting ? " existing" : "") + " = "
        var body = EmittedValue.object(members).rendered(indent: indent)
        if !nested.isEmpty {
            body.removeLast()  // the closing brace, after the nested declarations
            for child in nested { body += "\n" + child.rendered(indent: indent + 1) }
            body += pad + "}"
        }
        return out + body + "\n"
    }
}
