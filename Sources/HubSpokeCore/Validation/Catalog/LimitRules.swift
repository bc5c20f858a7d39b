/// The LIM- rules of the catalog, in ID order.
extension RuleCatalog {
    public static let limitRules: [any Rule] = []
}
