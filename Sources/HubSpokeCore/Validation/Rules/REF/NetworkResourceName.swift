/// Azure's naming rule for virtual networks and most Microsoft.Network resources: letters,
/// digits, `_`, `.` and `-`; start with a letter or digit; end with a letter, digit or `_`.
/// Only the length differs between types (2–64 for VNets, 1–80 for the rest).
enum NetworkResourceName {
    /// Why `name` breaks the rule, as a phrase that completes "name 'x' ...", or nil.
    static func problem(_ name: String, length: ClosedRange<Int>) -> String? {
        if isPlainlyValid(name, length: length) { return nil }
        let count = name.count
        if !length.contains(count) {
            return "is \(count) characters long; Azure allows \(length.lowerBound) to \(length.upperBound)"
        }
        let bad = name.unicodeScalars.filter { !isAllowed($0) }
        if !bad.isEmpty {
            let shown = uniqueInOrder(bad.map(describe)).joined(separator: ", ")
            return "contains \(shown), which Azure does not allow"
        }
        if let first = name.unicodeScalars.first, !isAlphanumeric(first) {
            return "starts with '\(first)'; it must start with a letter or digit"
        }
        if let last = name.unicodeScalars.last, !isAlphanumeric(last), last != "_" {
            return "ends with '\(last)'; it must end with a letter, digit or '_'"
        }
        return nil
    }

    /// The common case without allocating: ASCII from the allowed set, in range, right ends.
    private static func isPlainlyValid(_ name: String, length: ClosedRange<Int>) -> Bool {
        let bytes = name.utf8
        guard length.contains(bytes.count), let first = bytes.first, let last = bytes.last,
            isAlphanumeric(Unicode.Scalar(first)), isAlphanumeric(Unicode.Scalar(last)) || last == UInt8(ascii: "_")
        else { return false }
        return bytes.allSatisfy { $0 < 0x80 && isAllowed(Unicode.Scalar($0)) }
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

    /// Names that repeat within one scope (case-insensitively, as ARM compares them): the index
    /// of each repetition after the first, in order.
    static func repeats(_ items: [(name: String, scope: String)]) -> [Int] {
        var seen = Set<ScopedName>()
        seen.reserveCapacity(items.count)
        var out: [Int] = []
        for (i, item) in items.enumerated() where !seen.insert(ScopedName(name: item.name, scope: item.scope)).inserted
        {
            out.append(i)
        }
        return out
    }

    /// A name in its scope, hashed and compared ASCII case-insensitively without lower-casing
    /// copies (10,000 subnet names pass through here in the benchmark).
    private struct ScopedName: Hashable {
        var name: String
        var scope: String

        static func == (a: ScopedName, b: ScopedName) -> Bool {
            a.name.equalsIgnoringCase(b.name) && a.scope.equalsIgnoringCase(b.scope)
        }

        /// FNV-1a over the lower-cased bytes, fed to the hasher once (one `combine` per byte
        /// costs more than the rest of the check).
        func hash(into hasher: inout Hasher) {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in name.utf8 { h = (h ^ UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte)) &* 0x100_0000_01b3 }
            h = (h ^ 0xFF) &* 0x100_0000_01b3
            for byte in scope.utf8 { h = (h ^ UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte)) &* 0x100_0000_01b3 }
            hasher.combine(h)
        }
    }

    /// "in resource group X" or "in the same resource group".
    static func groupPhrase(_ placement: Placement) -> String {
        placement.resourceGroup.map { "in resource group \($0)" } ?? "in the same resource group"
    }
}
