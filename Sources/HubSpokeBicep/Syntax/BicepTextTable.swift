/// Hands out one shared `String` per distinct piece of source text, so that the thousand
/// `destinationAddressPrefix` keys of a large file are one heap string with a thousand
/// references instead of a thousand allocations (and a thousand frees when the tree goes).
///
/// Keys are byte ranges of the one source buffer, so a lookup hashes and compares bytes in
/// place and creates nothing unless the text is new. Strings of up to 15 UTF-8 bytes are
/// stored inline by Swift and cost no allocation, but string literals of any length are
/// still worth sharing for their one-segment array (see `segments(_:_:)`).
struct BicepTextTable {
    private struct Entry {
        var start: Int
        var length: Int
        var hash: Int
        var text: String
        /// `[text]`, made on first use: the `segments` of a string literal without interpolation.
        var segments: [String]?
    }

    private let bytes: [UInt8]
    /// Open addressing; each slot is an index into `entries` plus one (0 is empty).
    private var slots: [Int32]
    private var entries: [Entry] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // Distinct texts are far fewer than tokens; the table grows when it gets half full.
        slots = Array(repeating: 0, count: 1024)
    }

    /// The text of `bytes[start..<end]` (invalid UTF-8 is repaired as `String(decoding:)` does).
    mutating func text(_ start: Int, _ end: Int) -> String {
        entries[entryIndex(start, end)].text
    }

    /// `[text]` for `bytes[start..<end]`, shared by every literal with the same text.
    mutating func segments(_ start: Int, _ end: Int) -> [String] {
        let index = entryIndex(start, end)
        if let segments = entries[index].segments { return segments }
        let segments = [entries[index].text]
        entries[index].segments = segments
        return segments
    }

    private mutating func entryIndex(_ start: Int, _ end: Int) -> Int {
        let length = end - start
        let hash = bytes.withUnsafeBufferPointer { buffer in
            // Eight bytes at a time, then the rest; multiply-xorshift mixing.
            let base = UnsafeRawPointer(buffer.baseAddress!)
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
            var i = start
            while i + 8 <= end {
                h = (h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
                i += 8
            }
            while i < end {
                h = (h ^ UInt64(buffer[i])) &* 0x100_0000_01b3
                i += 1
            }
            h ^= h >> 29
            return Int(truncatingIfNeeded: h)
        }
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            let entry = entries[stored - 1]
            if entry.hash == hash, entry.length == length, equalBytes(entry.start, start, length) { return stored - 1 }
            slot = (slot + 1) & mask
        }
        let text = bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
        }
        entries.append(Entry(start: start, length: length, hash: hash, text: text, segments: nil))
        slots[slot] = Int32(truncatingIfNeeded: entries.count)
        if entries.count * 2 > slots.count { grow() }
        return entries.count - 1
    }

    private func equalBytes(_ a: Int, _ b: Int, _ length: Int) -> Bool {
        if a == b { return true }
        return bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < length {
                if buffer[a + i] != buffer[b + i] { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = entry.hash & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(truncatingIfNeeded: index + 1)
        }
        slots = larger
    }
}
