/// The REF- rules of the catalog, in ID order.
extension RuleCatalog {
    public static let referenceRules: [any Rule] = [
        VirtualNetworkName(), SubnetName(), NetworkResourceNames(), GatewayName(), VirtualMachineName(),
        DanglingReference(), CrossRegionAttachment(), PeeringNameConvention(), ModuleNotFollowed(),
        ValueNotKnownOffline(), ResourceCarriedThrough(),
    ]
}
