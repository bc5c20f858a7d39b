/// Cheap questions route rules ask of every route. Azure compares next hop types without regard
/// to case; the exact spelling is checked first because it is by far the common one and a plain
/// comparison is much cheaper than a case-folding one on designs with thousands of routes.
extension Route {
    var sendsToAppliance: Bool { Route.hopIs(nextHopType, "VirtualAppliance") }
    var sendsToGateway: Bool { Route.hopIs(nextHopType, "VirtualNetworkGateway") }
    var dropsTraffic: Bool { Route.hopIs(nextHopType, "None") }

    /// The route's prefix if it is valid CIDR; 0.0.0.0/0, the most common one, without parsing.
    var parsedAddressPrefix: AddressPrefix? {
        addressPrefix == "0.0.0.0/0" ? Route.defaultIPv4Prefix : AddressPrefix(addressPrefix)
    }

    private static let defaultIPv4Prefix = AddressPrefix("0.0.0.0/0")

    private static func hopIs(_ value: String, _ expected: String) -> Bool {
        value == expected || value.equalsIgnoringCase(expected)
    }
}
