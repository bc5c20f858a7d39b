/// Matching of one flow against the protocol, port and address fields of NSG rules and
/// firewall network rules.
enum FlowRuleMatching {
    /// `*`/`Any` match TCP, UDP and ICMP; `Esp`/`Ah` never match a flow hubspoke asks about.
    static func protocolMatches(_ value: String, _ transport: TransportProtocol) -> Bool {
        value == "*" || value.equalsIgnoringCase("Any") || value.equalsIgnoringCase(transport.rawValue)
    }

    /// `*`, a single port or `low-high`; an empty list (no value given) matches nothing.
    static func portMatches(_ values: [String], _ port: Int) -> Bool {
        values.contains { value in
            if value == "*" { return true }
            let bounds = value.split(separator: "-", omittingEmptySubsequences: false)
            if bounds.count == 1, let single = Int(bounds[0]) { return single == port }
            if bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]) {
                return low <= port && port <= high
            }
            return false
        }
    }

    /// `*`, an IP, a CIDR, or a service tag resolved through `tags`; nil when the tag cannot be
    /// resolved offline and the address could be in it (public addresses only: Microsoft's
    /// service tags other than VirtualNetwork hold public ranges).
    static func addressMatches(_ value: String, _ address: IPAddress, tags: ServiceTagResolver?) -> Bool? {
        if value == "*" || value.equalsIgnoringCase("Any") { return true }
        if let prefix = AddressPrefix(value) { return prefix.contains(address) }
        if let single = IPAddress(value) { return single == address }
        if let range = addressRange(value) { return range.contains(address) }
        if let known = tags?.contains(tag: value, address: address) { return known }
        return ReservedRanges.isPrivate(address) ? false : nil
    }

    /// `10.0.0.1-10.0.0.9`, which firewall policies accept.
    private static func addressRange(_ value: String) -> ClosedRange<IPAddress>? {
        let bounds = value.split(separator: "-")
        guard bounds.count == 2, let low = IPAddress(bounds[0]), let high = IPAddress(bounds[1]), low <= high,
            low.family == high.family
        else { return nil }
        return low...high
    }
}
