/// Azure's naming rule for virtual networks and most Microsoft.Network resources: letters,
/// digits, `_`, `.` and `-`; start with a letter or digit; end with a letter, digit or `_`.
/// Only the length differs between types (2–64 for VNets, 1–80 for the rest).
enum NetworkResourceName {
    /// Why `name` breaks the rule, as a phrase that completes "name 'x' ...", or nil.
    static func problem(_ name: String, length: ClosedRange<Int>) -> String? {
        let count = name.count
        if !length.contains(count) {
            return "is \(count) characters long; Azure allows \(length.lowerBound) to \(length.upperBound)"
        }
        let bad = name.unicodeScalars.filter { !isAllowed($0) }
        if !bad.isEmpty {
            let shown = uniqueInOrder(bad.map(describe)).joined(separator: ", ")
            return "contains \(shown), which Azure does not allow (only letters, digits, '_', '.' and '-')"
        }
        if let first = name.unicodeScalars.first, !isAlphanumeric(first) {
            return "starts with '\(first)'; it must start with a letter or digit"
        }
        if let last = name.unicodeScalars.last, !isAlphanumeric(last), last != "_" {
            return "ends with '\(last)'; it must end with a letter, digit or '_'"
        }
        return nil
    }

    /// The sentence every name finding ends with.
    static let advice =
        "Use only letters, digits, '_', '.' and '-', starting with a letter or digit and ending with "
        + "a letter, digit or '_'."

    static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9")
    }

    static func isAllowed(_ c: Unicode.Scalar) -> Bool {
        isAlphanumeric(c) || c == "_" || c == "." || c == "-"
    }

    static func describe(_ c: Unicode.Scalar) -> String {
        switch c {
        case " ": return "a space"
        case _ where c.value < 0x20 || c.value == 0x7F: return "a control character"
        default: return "'\(c)'"
        }
    }

    static func uniqueInOrder(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// Names that repeat within one scope (case-insensitively, as ARM compares them): each
    /// repetition after the first, in order, with the scope key.
    static func repeats(_ items: [(name: String, scope: String)]) -> [Int] {
        var seen = Set<String>()
        var out: [Int] = []
        for (i, item) in items.enumerated()
        where !seen.insert(item.scope.asciiLowercased + "\u{0}" + item.name.asciiLowercased).inserted {
            out.append(i)
        }
        return out
    }

    /// "in resource group X" or "in the same resource group".
    static func groupPhrase(_ placement: Placement) -> String {
        placement.resourceGroup.map { "in resource group \($0)" } ?? "in the same resource group"
    }
}
