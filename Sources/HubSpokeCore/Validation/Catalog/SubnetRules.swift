/// The SUB- rules of the catalog, in ID order. SUB-005 (usable addresses = size − 5) is
/// documentation: editors show the usable count, and SUB-008 applies it.
extension RuleCatalog {
    public static let subnetRules: [any Rule] = [
        SubnetPrefixSyntax(),
        SubnetOutsideVirtualNetwork(),
        OverlappingSubnets(),
        SubnetPrefixLength(),
        StaticPrivateAddressPlacement(),
        IPv6SubnetPrefixLength(),
        SubnetAddressDemand(),
        GatewayOutsideGatewaySubnet(),
        GatewaySubnetMinimumSize(),
        GatewaySubnetRecommendedSize(),
        SecurityGroupOnGatewaySubnet(),
        GatewaySubnetRouteTable(),
        ResourcesInDedicatedSubnet(),
        FirewallSubnetRequirement(),
        FirewallManagementSubnetRequirement(),
        FirewallSubnetDefaultRoute(),
        BastionSubnetRequirement(),
        BastionSubnetSecurityRules(),
        RouteTableOnBastionSubnet(),
        RouteServerSubnetRequirement(),
        ReservedSubnetNameNearMiss(),
        BastionTargetAccess(),
    ]
}
