/// The REF- rules of the catalog, in ID order.
extension RuleCatalog {
    public static let referenceRules: [any Rule] = []
}
