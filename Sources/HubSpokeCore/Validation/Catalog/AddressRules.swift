/// The ADDR- rules of the catalog, in ID order.
extension RuleCatalog {
    public static let addressRules: [any Rule] = []
}
