/// IPv4 and IPv6 networks for Bicep's `parseCidr`, `cidrSubnet` and `cidrHost`, computed the
/// way Azure documents them (IPv6 has no broadcast; IPv6 `firstUsable` is the network address).
struct IPNetwork: Hashable, Sendable {
    var isIPv6: Bool
    /// The address with host bits cleared, right-aligned (IPv4 uses the low 32 bits).
    var network: UInt128
    var prefixLength: Int

    var bitCount: Int { isIPv6 ? 128 : 32 }

    enum Failure: Error, CustomStringConvertible {
        case invalid(String)
        var description: String {
            switch self {
            case .invalid(let message): message
            }
        }
    }

    init(parsing text: String) throws(Failure) {
        let utf8 = text.utf8
        guard let slash = utf8.firstIndex(of: UInt8(ascii: "/")) else {
            throw .invalid("'\(text)' is not in CIDR notation (address/prefix)")
        }
        let addressText = Substring(text.utf8[..<slash])
        let prefixBytes = text.utf8[utf8.index(after: slash)...]
        var prefix = 0
        guard !prefixBytes.isEmpty, prefixBytes.count <= 3 else {
            throw .invalid("'\(text)' is not in CIDR notation (address/prefix)")
        }
        for byte in prefixBytes {
            guard byte >= 0x30, byte <= 0x39 else {
                throw .invalid("'\(text)' is not in CIDR notation (address/prefix)")
            }
            prefix = prefix * 10 + Int(byte - 0x30)
        }
        if let v4 = Self.parseIPv4(addressText) {
            guard (0...32).contains(prefix) else { throw .invalid("prefix /\(prefix) is out of range for IPv4") }
            isIPv6 = false
            prefixLength = prefix
            network = UInt128(v4) & Self.mask(prefix: prefix, bits: 32)
        } else if let v6 = Self.parseIPv6(addressText) {
            guard (0...128).contains(prefix) else { throw .invalid("prefix /\(prefix) is out of range for IPv6") }
            isIPv6 = true
            prefixLength = prefix
            network = v6 & Self.mask(prefix: prefix, bits: 128)
        } else {
            throw .invalid("'\(addressText)' is not an IP address")
        }
    }

    init(isIPv6: Bool, network: UInt128, prefixLength: Int) {
        self.isIPv6 = isIPv6
        self.network = network
        self.prefixLength = prefixLength
    }

    static func mask(prefix: Int, bits: Int) -> UInt128 {
        let all: UInt128 = bits == 128 ? .max : (UInt128(1) << bits) - 1
        if prefix == 0 { return 0 }
        let hostBits = bits - prefix
        return hostBits == 0 ? all : (all >> hostBits) << hostBits
    }

    var netmask: UInt128 { Self.mask(prefix: prefixLength, bits: bitCount) }
    var lastAddress: UInt128 { network | (~netmask & (isIPv6 ? .max : UInt128(UInt32.max))) }

    var firstUsable: UInt128 {
        if isIPv6 || prefixLength >= 31 { return network }
        return network + 1
    }

    var lastUsable: UInt128 {
        if isIPv6 || prefixLength >= 31 { return lastAddress }
        return lastAddress - 1
    }

    func format(_ address: UInt128) -> String { isIPv6 ? Self.formatIPv6(address) : Self.formatIPv4(address) }

    var cidrText: String {
        isIPv6 ? "\(Self.formatIPv6(network))/\(prefixLength)" : Self.formatIPv4(network, prefixLength: prefixLength)
    }

    /// `cidrSubnet(network, newCIDR, subnetIndex)`.
    func subnet(newPrefix: Int, index: Int) throws(Failure) -> IPNetwork {
        guard newPrefix >= prefixLength, newPrefix <= bitCount else {
            throw .invalid("new prefix /\(newPrefix) must be between /\(prefixLength) and /\(bitCount)")
        }
        let available = newPrefix - prefixLength
        guard index >= 0, available >= 64 || index < (1 << available) else {
            throw .invalid(
                "subnet index \(index) is out of range: \(cidrText) holds \(available >= 63 ? "more" : String(1 << available)) /\(newPrefix) subnets"
            )
        }
        let shift = bitCount - newPrefix
        let offset = shift >= 128 ? 0 : UInt128(index) << shift
        return IPNetwork(isIPv6: isIPv6, network: network + offset, prefixLength: newPrefix)
    }

    /// `cidrHost(network, hostIndex)`: index 0 is the first address after the network address.
    func host(index: Int) throws(Failure) -> String {
        guard index >= 0 else { throw .invalid("host index \(index) must not be negative") }
        let base = prefixLength >= (isIPv6 ? 127 : 31) ? network : network + 1
        let (address, overflow) = base.addingReportingOverflow(UInt128(index))
        let last = isIPv6 ? lastAddress : lastUsable
        guard !overflow, address <= last else {
            throw .invalid("host index \(index) is out of range for \(cidrText)")
        }
        return format(address)
    }

    /// The `parseCidr` object, keys in Azure's order.
    var parsedObject: BicepValue {
        var object = BicepObject()
        object["network"] = .string(format(network))
        object["netmask"] = .string(format(netmask))
        if !isIPv6 { object["broadcast"] = .string(format(lastAddress)) }
        object["firstUsable"] = .string(format(firstUsable))
        object["lastUsable"] = .string(format(lastUsable))
        object["cidr"] = .int(prefixLength)
        return .object(object)
    }

    static func parseIPv4<S: StringProtocol>(_ text: S) -> UInt32? {
        var value: UInt32 = 0
        var octet: UInt32 = 0
        var digits = 0
        var octets = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, octets < 3 else { return nil }
                value = value << 8 | octet
                octets += 1
                octet = 0
                digits = 0
            } else if byte >= 0x30, byte <= 0x39, digits < 3 {
                octet = octet * 10 + UInt32(byte - 0x30)
                digits += 1
                guard octet <= 255 else { return nil }
            } else {
                return nil
            }
        }
        guard digits > 0, octets == 3 else { return nil }
        return value << 8 | octet
    }

    static func parseIPv6<S: StringProtocol>(_ text: S) -> UInt128? {
        guard text.contains(":") else { return nil }
        let halves = splitOnDoubleColon(String(text))
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (offset, piece) in pieces.enumerated() {
                if offset == pieces.count - 1, piece.contains("."), let v4 = parseIPv4(piece) {
                    result.append(UInt16(v4 >> 16))
                    result.append(UInt16(v4 & 0xFFFF))
                    continue
                }
                guard !piece.isEmpty, piece.count <= 4, let value = UInt16(piece, radix: 16) else { return nil }
                result.append(value)
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        var all: [UInt16]
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count <= 7 else { return nil }
            all = head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        } else {
            guard head.count == 8 else { return nil }
            all = head
        }
        var value: UInt128 = 0
        for group in all { value = value << 16 | UInt128(group) }
        return value
    }

    private static func splitOnDoubleColon(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previousWasColon = false
        for character in text {
            if character == ":" && previousWasColon {
                current.removeLast()
                result.append(current)
                current = ""
                previousWasColon = false
                continue
            }
            previousWasColon = character == ":"
            current.append(character)
        }
        result.append(current)
        return result
    }

    /// Dotted decimal, with `/prefix` when given. Written byte by byte: templates compute
    /// thousands of these (`cidrSubnet`, `cidrHost`), and interpolating five numbers is slower.
    static func formatIPv4(_ value: UInt128, prefixLength: Int? = nil) -> String {
        let v = UInt32(truncatingIfNeeded: value)
        return String(unsafeUninitializedCapacity: 19) { buffer in
            var count = 0
            func put(_ number: UInt32) {
                if number >= 100 {
                    buffer[count] = UInt8(truncatingIfNeeded: 0x30 + number / 100)
                    count += 1
                }
                if number >= 10 {
                    buffer[count] = UInt8(truncatingIfNeeded: 0x30 + number / 10 % 10)
                    count += 1
                }
                buffer[count] = UInt8(truncatingIfNeeded: 0x30 + number % 10)
                count += 1
            }
            for shift in [UInt32(24), 16, 8, 0] {
                if shift != 24 {
                    buffer[count] = UInt8(ascii: ".")
                    count += 1
                }
                put(v >> shift & 0xFF)
            }
            if let prefixLength, (0...32).contains(prefixLength) {
                buffer[count] = UInt8(ascii: "/")
                count += 1
                put(UInt32(prefixLength))
            }
            return count
        }
    }

    /// RFC 5952: lowercase, no leading zeros, the longest run (two or more) of zero groups as `::`.
    static func formatIPv6(_ value: UInt128) -> String {
        var groups: [UInt16] = []
        for i in stride(from: 7, through: 0, by: -1) { groups.append(UInt16(truncatingIfNeeded: value >> (i * 16))) }
        var bestStart = -1
        var bestLength = 0
        var i = 0
        while i < 8 {
            if groups[i] == 0 {
                var j = i
                while j < 8, groups[j] == 0 { j += 1 }
                if j - i > bestLength, j - i >= 2 {
                    bestStart = i
                    bestLength = j - i
                }
                i = j
            } else {
                i += 1
            }
        }
        func hex(_ range: Range<Int>) -> String { groups[range].map { String($0, radix: 16) }.joined(separator: ":") }
        if bestStart < 0 { return hex(0..<8) }
        return hex(0..<bestStart) + "::" + hex((bestStart + bestLength)..<8)
    }
}
