/// The GW- rules of the catalog, in ID order.
extension RuleCatalog {
    public static let gatewayRules: [any Rule] = []
}
