/// Address ranges with a fixed meaning that decide where a VNet prefix may go.
public enum ReservedRanges {
    /// Ranges Azure refuses inside a VNet address space (ADDR-004).
    public static let forbiddenInVirtualNetworks: [(prefix: AddressPrefix, meaning: String)] = [
        (AddressPrefix("224.0.0.0/4")!, "multicast"),
        (AddressPrefix("255.255.255.255/32")!, "broadcast"),
        (AddressPrefix("127.0.0.0/8")!, "loopback"),
        (AddressPrefix("169.254.0.0/16")!, "link-local"),
        (AddressPrefix("168.63.129.16/32")!, "the Azure platform DNS and health probe address"),
    ]

    /// RFC 1918 private ranges.
    public static let rfc1918: [AddressPrefix] = [
        AddressPrefix("10.0.0.0/8")!, AddressPrefix("172.16.0.0/12")!, AddressPrefix("192.168.0.0/16")!,
    ]

    /// RFC 6598 shared address space, usable in VNets.
    public static let rfc6598 = AddressPrefix("100.64.0.0/10")!

    /// The private ranges Azure's system routes send to `None` unless a VNet uses them.
    public static let systemNoneRoutes: [AddressPrefix] = rfc1918 + [rfc6598]

    /// IPv6 unique local addresses (fc00::/7), the IPv6 counterpart of RFC 1918.
    public static let uniqueLocalV6 = AddressPrefix("fc00::/7")!

    /// True when the whole prefix is private IPv4 space (RFC 1918 or RFC 6598).
    public static func isPrivate(_ prefix: AddressPrefix) -> Bool {
        systemNoneRoutes.contains { $0.contains(prefix) }
    }

    public static func isPrivate(_ address: IPAddress) -> Bool {
        systemNoneRoutes.contains { $0.contains(address) }
    }
}
