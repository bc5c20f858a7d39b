/// IPv4 subnet sizes in the terms Azure uses: five addresses of every subnet are reserved
/// (network, gateway .1, DNS .2 and .3, broadcast), so a /29 holds three addresses.
enum SubnetSizing {
    /// The IPv4 prefixes of a subnet (the size rules are about IPv4; an IPv6 part is /64).
    static func ipv4(_ prefixes: [AddressPrefix]) -> [AddressPrefix] {
        prefixes.filter { $0.family == .v4 }
    }

    /// Usable addresses of a /length IPv4 subnet.
    static func usable(length: Int) -> Int {
        let total = 1 << (32 - max(0, min(32, length)))
        return max(0, total - 5)
    }

    /// The longest IPv4 prefix length (smallest subnet) with at least `needed` usable addresses.
    static func length(fitting needed: Int) -> Int {
        var length = 29
        while length > 2, usable(length: length) < needed { length -= 1 }
        return length
    }
}
