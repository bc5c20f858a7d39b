/// A strict JSON parser (RFC 8259) over UTF-8 bytes that reports `line:column: expected X,
/// found Y`. Foundation's parser gives neither, and a user fixing a hand-edited design file
/// needs both.
struct JSONParser {
    struct Failure: Error {
        var line: Int
        var column: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private static let maxDepth = 256

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONNode {
        var parser = JSONParser(bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.offset < bytes.count {
            throw parser.failure("expected end of file after the top-level value, found \(parser.describeCurrent())")
        }
        return value
    }

    private var column: Int { offset - lineStart + 1 }

    private func failure(_ message: String) -> Failure {
        Failure(line: line, column: column, message: message)
    }

    private func describeCurrent() -> String {
        guard offset < bytes.count else { return "end of file" }
        let b = bytes[offset]
        if b >= 0x20 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return hexByte(b)
    }

    private func hexByte(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0D:
                offset += 1
            case 0x0A:
                offset += 1
                line += 1
                lineStart = offset
            default:
                return
            }
        }
    }

    private mutating func parseValue() throws(Failure) -> JSONNode {
        guard offset < bytes.count else { throw failure("expected a value, found end of file") }
        let startLine = line
        let startColumn = column
        switch bytes[offset] {
        case UInt8(ascii: "{"):
            return JSONNode(kind: try parseObject(), line: startLine, column: startColumn)
        case UInt8(ascii: "["):
            return JSONNode(kind: try parseArray(), line: startLine, column: startColumn)
        case UInt8(ascii: "\""):
            return JSONNode(kind: .string(try parseString()), line: startLine, column: startColumn)
        case UInt8(ascii: "t"):
            try expectWord("true")
            return JSONNode(kind: .bool(true), line: startLine, column: startColumn)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return JSONNode(kind: .bool(false), line: startLine, column: startColumn)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return JSONNode(kind: .null, line: startLine, column: startColumn)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(kind: .number(try parseNumber()), line: startLine, column: startColumn)
        default:
            throw failure(
                "expected a value (object, array, string, number, true, false or null), found \(describeCurrent())")
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        guard offset + count <= bytes.count, bytes[offset..<(offset + count)].elementsEqual(expected) else {
            throw failure("expected '\(word)', found \(describeCurrent())")
        }
        offset += count
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > JSONParser.maxDepth { throw failure("nesting deeper than \(JSONParser.maxDepth) levels") }
    }

    private mutating func parseObject() throws(Failure) -> JSONNode.Kind {
        let openLine = line
        let openColumn = column
        try enter()
        defer { depth -= 1 }
        offset += 1
        var members: [JSONNode.Member] = []
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                throw failure("expected a quoted member name, found \(describeCurrent())")
            }
            let keyLine = line
            let keyColumn = column
            let key = try parseString()
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
                throw failure("expected ':' after member name \"\(key)\", found \(describeCurrent())")
            }
            offset += 1
            skipWhitespace()
            if members.contains(where: { $0.key == key }) {
                throw Failure(
                    line: keyLine, column: keyColumn, message: "member \"\(key)\" appears twice in this object")
            }
            let value = try parseValue()
            members.append(JSONNode.Member(key: key, keyLine: keyLine, keyColumn: keyColumn, value: value))
            skipWhitespace()
            guard offset < bytes.count else {
                throw failure(
                    "expected ',' or '}' to close the object opened at \(openLine):\(openColumn), found end of file")
            }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return .object(members)
            }
            throw failure(
                "expected ',' or '}' to close the object opened at \(openLine):\(openColumn), found \(describeCurrent())"
            )
        }
    }

    private mutating func parseArray() throws(Failure) -> JSONNode.Kind {
        let openLine = line
        let openColumn = column
        try enter()
        defer { depth -= 1 }
        offset += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard offset < bytes.count else {
                throw failure(
                    "expected ',' or ']' to close the array opened at \(openLine):\(openColumn), found end of file")
            }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            if bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return .array(items)
            }
            throw failure(
                "expected ',' or ']' to close the array opened at \(openLine):\(openColumn), found \(describeCurrent())"
            )
        }
    }

    private mutating func parseString() throws(Failure) -> String {
        offset += 1
        var out: [UInt8] = []
        while offset < bytes.count {
            let b = bytes[offset]
            switch b {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                offset += 1
                guard offset < bytes.count else { break }
                let e = bytes[offset]
                offset += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
                            bytes[offset + 1] == UInt8(ascii: "u")
                        else { throw failure("expected a low surrogate \\u escape after a high surrogate") }
                        offset += 2
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("invalid low surrogate") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw failure("invalid \\u escape") }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default:
                    offset -= 1
                    throw failure(
                        "expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found \(describeCurrent())")
                }
            case 0x00..<0x20:
                throw failure("control character inside a string; write it as an escape such as \\n")
            default:
                out.append(b)
                offset += 1
            }
        }
        throw failure("expected '\"' to close the string, found end of file")
    }

    private mutating func parseHex4() throws(Failure) -> UInt32 {
        guard offset + 4 <= bytes.count,
            let v = UInt32(String(decoding: bytes[offset..<(offset + 4)], as: UTF8.self), radix: 16)
        else { throw failure("expected four hex digits after \\u") }
        offset += 4
        return v
    }

    private mutating func parseNumber() throws(Failure) -> String {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        func digits() -> Int {
            let s = offset
            while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
            return offset - s
        }
        let intStart = offset
        let intDigits = digits()
        guard intDigits > 0 else { throw failure("expected a digit, found \(describeCurrent())") }
        if intDigits > 1, bytes[intStart] == UInt8(ascii: "0") {
            throw Failure(line: line, column: intStart - lineStart + 1, message: "numbers must not have leading zeros")
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard digits() > 0 else { throw failure("expected a digit after '.', found \(describeCurrent())") }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                offset += 1
            }
            guard digits() > 0 else { throw failure("expected a digit in the exponent, found \(describeCurrent())") }
        }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }
}
