/// A Bicep value as the writer prints it: literals, objects, arrays and expressions that are
/// already Bicep text (a symbolic reference such as `vnetHub.id`). Objects keep the order the
/// writer gives them, so the same design always prints the same bytes.
indirect enum EmittedValue: Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    /// Bicep source text printed as is (`location`, `nsgWeb.id`).
    case expression(String)
    case object([(String, EmittedValue)])
    case array([EmittedValue])
    /// An array element preceded by comment lines (a suppression on an inline subnet or rule).
    case commented([String], EmittedValue)

    /// `{ id: expression }`, the shape of every ARM reference property.
    static func reference(_ expression: String) -> EmittedValue { .object([("id", .expression(expression))]) }

    static func strings(_ values: [String]) -> EmittedValue { .array(values.map { .string($0) }) }

    /// Prints the value; nested lines are indented by two spaces per level, as `bicep format` does.
    func rendered(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .string(let text): return EmittedValue.quoted(text)
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .expression(let text): return text
        case .object(let members):
            if members.isEmpty { return "{}" }
            var out = "{\n"
            for (key, value) in members {
                out += inner + EmittedValue.propertyKey(key) + ": " + value.rendered(indent: indent + 1) + "\n"
            }
            return out + pad + "}"
        case .array(let items):
            if items.isEmpty { return "[]" }
            var out = "[\n"
            for item in items {
                if case .commented(let comments, let value) = item {
                    for comment in comments { out += inner + comment + "\n" }
                    out += inner + value.rendered(indent: indent + 1) + "\n"
                } else {
                    out += inner + item.rendered(indent: indent + 1) + "\n"
                }
            }
            return out + pad + "]"
        case .commented(_, let value): return value.rendered(indent: indent)
        }
    }

    /// A Bicep single-quoted string: `\`, `'` and `${` are escaped, as are control characters.
    static func quoted(_ text: String) -> String {
        var out = "'"
        var previous: Character?
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "{" where previous == "$":
                out.removeLast()
                out += "\\${"
            default: out.append(ch)
            }
            previous = ch
        }
        return out + "'"
    }

    /// Object keys are bare identifiers when they can be, quoted otherwise.
    static func propertyKey(_ key: String) -> String {
        let isIdentifier =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0))
            }
            && !("0"..."9").contains(key.unicodeScalars.first!)
        return isIdentifier ? key : quoted(key)
    }
}
