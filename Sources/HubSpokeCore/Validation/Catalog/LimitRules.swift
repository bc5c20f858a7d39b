/// The LIM- rules of the catalog, in ID order. LIM-008 (one VPN and one ExpressRoute gateway
/// per VNet) is an alias of GW-002 and never emitted; LIM-011 (no small cap on prefixes per
/// VNet) is documentation.
extension RuleCatalog {
    public static let limitRules: [any Rule] = [
        VirtualNetworksPerRegion(), SubnetsPerVirtualNetwork(), PeeringsPerVirtualNetwork(), PrivateAddressesInUse(),
        SecurityGroupSize(), SecurityGroupAddressCount(), RouteTableSize(), DNSServersAndNICAddresses(),
        ApplicationSecurityGroupReferences(),
    ]
}
