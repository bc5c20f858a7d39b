/// The RT- rules of the catalog, in ID order. RT-013 (route selection) and RT-016 (one route
/// table per subnet, system routes otherwise) describe semantics only: they are documentation,
/// used by the reachability walk, not findings.
extension RuleCatalog {
    public static let routeRules: [any Rule] = [
        RouteNextHopTypeInvalid(),
        ApplianceRouteWithoutAddress(),
        NextHopAddressOnNonApplianceRoute(),
        ApplianceNotDirectlyReachable(),
        ApplianceAddressUnknown(),
        GatewayRouteWithoutVPNGateway(),
        RoutePrefixInvalid(),
        DuplicateRouteInTable(),
        RouteTableAcrossRegionOrSubscription(),
        DefaultRouteBreaksPublicInbound(),
        ApplianceNICWithoutIPForwarding(),
        ApplianceRoutedFromOwnSubnet(),
        BroadRouteDoesNotOverridePeering(),
        AsymmetricSpokeRouting(),
        NoneRouteDropsTraffic(),
    ]
}
