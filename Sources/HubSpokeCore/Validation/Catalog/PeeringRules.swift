/// The PEER- rules of the catalog, in ID order. PEER-005 and PEER-006/007 fire only where the
/// design gives a concrete case (contracts.md); PEER-008 is retired (RT-011 reports it);
/// PEER-017 is documentation; PEER-020/021 concern template deployment order, which a design
/// value cannot show (the Bicep writer orders peerings after gateways and serialises them).
extension RuleCatalog {
    public static let peeringRules: [any Rule] = [
        PeeringRemoteNotFound(),
        PeeringToSelfOrDuplicate(),
        PeeringReverseHalfMissing(),
        PeeringVirtualNetworkAccessOff(),
        SpokesWithoutPath(),
        SpokeRouteToOtherSpokeMissing(),
        ForwardedTrafficNotAllowed(),
        RemoteGatewaysWithoutTransit(),
        RemoteGatewaysWithoutGateway(),
        RemoteGatewaysWithLocalGateway(),
        RemoteGatewaysOnSeveralPeerings(),
        GatewayTransitWithoutGateway(),
        ContradictoryGatewayFlags(),
        GatewayTransitAcrossRegions(),
        BasicLoadBalancerOverGlobalPeering(),
        PeeringAcrossSubscriptions(),
        DuplicatePeeringName(),
        RemoteOutsideDesign(),
    ]
}
