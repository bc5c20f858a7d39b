import HubSpokeCore

/// What a field holds, which decides how typed text is checked before it is stored: a value
/// that does not parse is refused with the reason, never written into the design.
public enum FieldKind: Hashable, Sendable {
    case text
    /// Text that may be empty (an optional reference such as a subnet's NSG).
    case optionalText
    /// One CIDR prefix.
    case prefix
    /// Comma-separated CIDR prefixes (at least one).
    case prefixList
    /// Comma-separated values, possibly none.
    case textList
    case flag
    case integer
    /// An IP address, possibly empty.
    case optionalAddress
    case choice([String])
    /// A value checked against the design (see ``FieldCheck``).
    case checked(FieldCheck)

    /// Checks `text` and returns the value to store (normalised), or the reason it is refused.
    public func accept(_ text: String) -> Result<String, PaletteError> {
        let trimmed = text.trimmingWhitespace()
        switch self {
        case .text:
            return trimmed.isEmpty ? .failure(PaletteError("a value is required")) : .success(trimmed)
        case .optionalText:
            return .success(trimmed)
        case .prefix:
            return FieldKind.checkPrefix(trimmed).map { _ in trimmed }
        case .prefixList:
            let parts = trimmed.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            guard !parts.isEmpty else {
                return .failure(PaletteError("at least one prefix is required, like 10.1.0.0/16"))
            }
            for part in parts {
                if case .failure(let error) = FieldKind.checkPrefix(part) { return .failure(error) }
            }
            return .success(parts.joined(separator: ","))
        case .textList:
            return .success(
                trimmed.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(
                    separator: ","))
        case .flag:
            switch trimmed.lowercased() {
            case "true", "yes", "on", "1": return .success("true")
            case "false", "no", "off", "0": return .success("false")
            default: return .failure(PaletteError("'\(trimmed)' is not true or false"))
            }
        case .integer:
            guard let number = Int(trimmed) else { return .failure(PaletteError("'\(trimmed)' is not a whole number")) }
            return .success(String(number))
        case .optionalAddress:
            if trimmed.isEmpty { return .success("") }
            guard IPAddress(trimmed) != nil else {
                return .failure(PaletteError("'\(trimmed)' is not an IPv4 or IPv6 address"))
            }
            return .success(trimmed)
        case .choice(let options):
            guard let match = options.first(where: { $0.equalsIgnoringCase(trimmed) }) else {
                return .failure(PaletteError("'\(trimmed)' is not one of \(options.joined(separator: ", "))"))
            }
            return .success(match)
        case .checked(let check):
            return check.accept(trimmed)
        }
    }

    static func checkPrefix(_ text: String) -> Result<AddressPrefix, PaletteError> {
        switch AddressPrefix.parse(text) {
        case .success(let prefix): return .success(prefix)
        case .failure(.malformed(let reason)):
            return .failure(PaletteError("'\(text)' is not a valid prefix: \(reason)"))
        case .failure(.hostBitsSet(let network)):
            return .failure(PaletteError("'\(text)' has host bits set; did you mean \(network)?"))
        }
    }

    /// Values completion offers for this kind.
    public var suggestions: [String] {
        switch self {
        case .flag: ["true", "false"]
        case .choice(let options): options
        case .checked(let check): check.suggestions
        default: []
        }
    }
}
