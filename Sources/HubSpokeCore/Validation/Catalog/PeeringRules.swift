/// The PEER- rules of the catalog, in ID order.
extension RuleCatalog {
    public static let peeringRules: [any Rule] = []
}
