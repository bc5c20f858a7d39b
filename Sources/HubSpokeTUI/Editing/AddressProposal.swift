import HubSpokeCore

/// The address planner as the designer uses it: a size typed where a prefix belongs (`/16`,
/// `/24`) becomes the next free prefix of that size, Tab offers the proposal, and the
/// dedicated subnets of gateways, firewalls and Bastion are placed the same way.
public enum AddressProposal {
    /// What a new virtual network must not overlap: the address space of every VNet in the
    /// design (so whatever the hub is or will be peered with) and the on-premises ranges that
    /// reach the hub through its gateway.
    public static func occupiedSpace(in design: Design) -> [AddressPrefix] {
        let texts =
            design.virtualNetworks.flatMap(\.addressPrefixes) + design.localNetworkGateways.flatMap(\.addressPrefixes)
        return texts.compactMap { AddressPrefix($0) }
    }

    /// The next free private prefix of `length` bits for a new VNet.
    public static func virtualNetworkPrefix(length: Int, in design: Design) -> AddressPrefix? {
        AddressPlanner.nextFreePrivateSpace(length: length, avoiding: occupiedSpace(in: design))
    }

    /// The next free prefix of `length` bits inside VNet `v`, clear of its subnets.
    public static func subnetPrefix(length: Int, inVirtualNetwork v: Int, of design: Design) -> AddressPrefix? {
        let vnet = design.virtualNetworks[v]
        let spaces = vnet.addressPrefixes.compactMap { AddressPrefix($0) }
        let taken = vnet.subnets.flatMap(\.addressPrefixes).compactMap { AddressPrefix($0) }
        return AddressPlanner.nextFree(length: length, inside: spaces, avoiding: taken)
    }

    /// The length in `/N` (nil when the text is a prefix or anything else).
    public static func requestedLength(_ text: String) -> Int? {
        guard text.hasPrefix("/"), let length = Int(text.dropFirst()) else { return nil }
        return length
    }

    /// `:add vnet NAME /16`: the prefix to use for `text`, which is a prefix (kept) or a size.
    public static func resolveVirtualNetworkPrefix(_ text: String, in design: Design) throws(PaletteError) -> String {
        guard let length = requestedLength(text) else { return text }
        guard (8...29).contains(length) else {
            throw PaletteError("a virtual network is /8 to /29; \(text) is outside that")
        }
        guard let free = virtualNetworkPrefix(length: length, in: design) else {
            throw PaletteError("no free private \(text) is left that overlaps nothing in the design; type a prefix")
        }
        return free.description
    }

    /// `:add subnet VNET NAME /24`: the prefix to use for `text` inside `virtualNetwork`.
    public static func resolveSubnetPrefix(_ text: String, virtualNetwork: String, in design: Design)
        throws(PaletteError) -> String
    {
        guard let length = requestedLength(text) else { return text }
        guard (8...29).contains(length) else {
            throw PaletteError("an IPv4 subnet is /8 to /29 (Azure reserves 5 addresses in each); \(text) is not")
        }
        guard case .virtualNetwork(let v)? = ResourceLocation(virtualNetwork, in: design) else {
            throw PaletteError("no virtual network named \(virtualNetwork)")
        }
        return try freeSubnet(length: length, inVirtualNetwork: v, of: design, purpose: "a new subnet").description
    }

    /// The next free `/length` in VNet `v`, or the reason there is none, with the fix: an
    /// address prefix to add that overlaps nothing else in the design.
    static func freeSubnet(length: Int, inVirtualNetwork v: Int, of design: Design, purpose: String)
        throws(PaletteError) -> AddressPrefix
    {
        if let free = subnetPrefix(length: length, inVirtualNetwork: v, of: design) { return free }
        let vnet = design.virtualNetworks[v]
        let spaces = vnet.addressPrefixes.joined(separator: ",")
        var fix = "add an address prefix to \(vnet.name)"
        if let extra = virtualNetworkPrefix(length: min(length, 24), in: design) {
            fix = ":set \(vnet.name) addressPrefixes \(spaces),\(extra)"
        }
        throw PaletteError("\(vnet.name) (\(spaces)) has no free /\(length) left for \(purpose): \(fix)")
    }

    /// Tab completion where a new VNet's prefix belongs: the proposal for the typed size, or
    /// for the common sizes when nothing is typed yet.
    public static func virtualNetworkCompletions(partial: String, in design: Design) -> [String] {
        let lengths = requestedLength(partial).map { [$0] } ?? [16, 20, 24]
        return lengths.compactMap { virtualNetworkPrefix(length: $0, in: design)?.description }
    }

    /// Tab completion where a new subnet's prefix belongs.
    public static func subnetCompletions(virtualNetwork: String, partial: String, in design: Design) -> [String] {
        guard case .virtualNetwork(let v)? = ResourceLocation(virtualNetwork, in: design) else { return [] }
        let lengths = requestedLength(partial).map { [$0] } ?? [24, 26, 27]
        return lengths.compactMap { subnetPrefix(length: $0, inVirtualNetwork: v, of: design)?.description }
    }

    /// What the addresses typed so far give, shown under a prefix being edited:
    /// `10.1.0.0/24: 251 usable (Azure reserves 5)` for a subnet, the address count for a VNet.
    /// One line per prefix; nil while the text is not yet a list of prefixes.
    public static func usage(of text: String, forSubnet: Bool) -> [String]? {
        let parts = text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        var lines: [String] = []
        for part in parts {
            guard case .success(let prefix) = AddressPrefix.parse(part) else { return nil }
            if forSubnet {
                lines.append("\(prefix): \(grouped(prefix.usableAddressCount)) usable (Azure reserves 5)")
            } else {
                lines.append("\(prefix): \(grouped(prefix.addressCount)) addresses")
            }
        }
        return lines
    }

    /// ``usage(of:forSubnet:)`` for the address field of a VNet or subnet being edited; nil for
    /// any other field.
    public static func usage(editing field: String, at location: ResourceLocation, text: String) -> [String]? {
        switch location {
        case .virtualNetwork where field == "addressPrefixes": usage(of: text, forSubnet: false)
        case .subnet where field == "addressPrefix": usage(of: text, forSubnet: true)
        default: nil
        }
    }

    /// 65536 as `65,536`.
    static func grouped(_ number: UInt128) -> String {
        var digits = Array(String(number))
        var out: [Character] = []
        while digits.count > 3 {
            out = [","] + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return String(digits + out)
    }
}
