/// The NSG- rules of the catalog, in ID order.
extension RuleCatalog {
    public static let securityGroupRules: [any Rule] = []
}
