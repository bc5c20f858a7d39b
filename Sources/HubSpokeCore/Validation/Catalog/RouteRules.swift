/// The RT- rules of the catalog, in ID order.
extension RuleCatalog {
    public static let routeRules: [any Rule] = []
}
