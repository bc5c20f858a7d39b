/// The SUB- rules of the catalog, in ID order.
extension RuleCatalog {
    public static let subnetRules: [any Rule] = []
}
