/// One port value of an NSG rule: `*` (every port), a single port (`443`) or an inclusive range
/// (`8000-8080`). Azure accepts ports 0 to 65535 and a range only when its low end is not above
/// its high end; several values go in the plural `…PortRanges` list, never comma-separated in one
/// string (NSG-006).
public struct PortRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public static let lowestPort = 0
    public static let highestPort = 65535
    /// `*`: every port.
    public static let all = PortRange(uncheckedLower: lowestPort, upper: highestPort)

    public let lower: Int
    public let upper: Int

    /// Why a port value is not one Azure accepts; `description` is written for the user.
    public enum ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        case empty
        /// Several values in one string (`22,3389` or `22 3389`).
        case list(String)
        case notANumber(String)
        case outOfRange(Int)
        case reversed(lower: Int, upper: Int)

        public var description: String {
            switch self {
            case .empty:
                return "a port value is empty; use '*', a port such as 443 or a range such as 8000-8080"
            case .list(let text):
                return "'\(text)' holds several values; put each port or range in its own entry of the plural "
                    + "…PortRanges list"
            case .notANumber(let text):
                return "'\(text)' is not a port; use '*', a port such as 443 or a range such as 8000-8080"
            case .outOfRange(let port):
                return "port \(port) is outside 0-65535"
            case .reversed(let lower, let upper):
                return "range \(lower)-\(upper) starts above its end; write \(upper)-\(lower)"
            }
        }
    }

    /// A range from `lower` to `upper` inclusive; nil unless 0 ≤ lower ≤ upper ≤ 65535.
    public init?(lower: Int, upper: Int) {
        guard PortRange.lowestPort <= lower, lower <= upper, upper <= PortRange.highestPort else { return nil }
        self.init(uncheckedLower: lower, upper: upper)
    }

    /// A single port; nil outside 0-65535.
    public init?(port: Int) {
        self.init(lower: port, upper: port)
    }

    private init(uncheckedLower: Int, upper: Int) {
        self.lower = uncheckedLower
        self.upper = upper
    }

    /// Strict parse of one port value as Azure accepts it; nil when `parse` fails.
    public init?(_ text: some StringProtocol) {
        guard case .success(let range) = PortRange.parse(text) else { return nil }
        self = range
    }

    /// Parses `*`, `443` or `8000-8080`. No spaces, signs or lists are accepted.
    ///
    /// Validation parses every port of every rule, so well-formed values take one pass over the
    /// bytes without allocating; only malformed ones go the long way to name the fault.
    public static func parse(_ text: some StringProtocol) -> Result<PortRange, ParseError> {
        var low = 0
        var high = 0
        var lowDigits = 0
        var highDigits = 0
        var sawDash = false
        var isStar = false
        var wellFormed = true
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 {
                let digit = Int(byte &- 48)
                if sawDash {
                    high = min(high &* 10 &+ digit, 1_000_000)
                    highDigits += 1
                } else {
                    low = min(low &* 10 &+ digit, 1_000_000)
                    lowDigits += 1
                }
            } else if byte == UInt8(ascii: "-"), !sawDash, lowDigits > 0 {
                sawDash = true
            } else if byte == UInt8(ascii: "*"), !isStar, lowDigits == 0, !sawDash {
                isStar = true
            } else {
                wellFormed = false
                break
            }
        }
        if wellFormed {
            if isStar, lowDigits == 0, !sawDash { return .success(.all) }
            if !isStar, lowDigits > 0, !sawDash || highDigits > 0 {
                if !sawDash { high = low }
                if low <= high, high <= highestPort { return .success(PortRange(uncheckedLower: low, upper: high)) }
            }
        }
        return describeFailure(Substring(text))
    }

    /// The slow path of `parse`: classifies what is wrong with a value the fast pass refused.
    private static func describeFailure(_ value: Substring) -> Result<PortRange, ParseError> {
        if value.isEmpty { return .failure(.empty) }
        if value == "*" { return .success(.all) }
        if value.contains(",") || value.contains(";") || value.contains(" ") {
            return .failure(.list(String(value)))
        }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return .failure(.notANumber(String(value))) }
        var numbers: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
                return .failure(.notANumber(String(value)))
            }
            guard let number = Int(part) else { return .failure(.notANumber(String(value))) }
            guard number <= highestPort else { return .failure(.outOfRange(number)) }
            numbers.append(number)
        }
        let low = numbers[0]
        let high = numbers.count == 2 ? numbers[1] : low
        guard low <= high else { return .failure(.reversed(lower: low, upper: high)) }
        return .success(PortRange(uncheckedLower: low, upper: high))
    }

    public var isAll: Bool { self == .all }
    public var isSinglePort: Bool { lower == upper }

    public func contains(_ port: Int) -> Bool { lower <= port && port <= upper }
    public func contains(_ other: PortRange) -> Bool { lower <= other.lower && other.upper <= upper }
    public func overlaps(_ other: PortRange) -> Bool { lower <= other.upper && other.lower <= upper }

    /// As Azure writes it: `*`, `443` or `8000-8080`.
    public var description: String {
        if isAll { return "*" }
        return isSinglePort ? "\(lower)" : "\(lower)-\(upper)"
    }

    public static func < (a: PortRange, b: PortRange) -> Bool { (a.lower, a.upper) < (b.lower, b.upper) }
}
