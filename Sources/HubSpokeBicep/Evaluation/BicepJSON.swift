/// Compact JSON text of a value, as ARM's `string()` renders arrays and objects.
enum BicepJSON {
    static func text(of value: BicepValue) -> String {
        var output = ""
        write(value, into: &output)
        return output
    }

    private static func write(_ value: BicepValue, into output: inout String) {
        switch value {
        case .string(let s): writeString(s, into: &output)
        case .int(let i): output += String(i)
        case .bool(let b): output += b ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            output += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { output += "," }
                write(item, into: &output)
            }
            output += "]"
        case .object(let object):
            output += "{"
            for (offset, entry) in object.entries.enumerated() {
                if offset > 0 { output += "," }
                writeString(entry.key, into: &output)
                output += ":"
                write(entry.value, into: &output)
            }
            output += "}"
        case .resourceId(let id): writeString(id.description, into: &output)
        case .unknown(let text): writeString("[\(text)]", into: &output)
        case .resource(let reference): writeString(reference.description, into: &output)
        case .deploymentLocation: writeString("[resourceGroup().location]", into: &output)
        }
    }

    private static func writeString(_ s: String, into output: inout String) {
        output += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
