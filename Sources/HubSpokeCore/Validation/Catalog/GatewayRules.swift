/// The GW- rules of the catalog, in ID order. GW-002 also stands for LIM-008 (one VPN and one
/// ExpressRoute gateway per VNet). GW-008 (gateway routes reach spokes unless propagation is
/// disabled) is documentation: reachability applies it.
extension RuleCatalog {
    public static let gatewayRules: [any Rule] = [
        GatewayWithoutGatewaySubnet(),
        GatewaysPerVirtualNetwork(),
        GatewayTypeAndVPNType(),
        BasicGatewayLimits(),
        NonZoneRedundantGatewaySKU(),
        GatewayPublicIPSKU(),
        TransitGatewayWithoutConnections(),
        AsymmetricOnPremisesReturnPath(),
        BasicGatewayTransit(),
    ]
}
