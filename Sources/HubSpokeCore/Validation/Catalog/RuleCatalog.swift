/// Every rule the binary implements, family by family. Each family list lives in its own file
/// beside this one, so adding a rule touches its family's list only.
public enum RuleCatalog {
    public static let rules: [any Rule] =
        addressRules + subnetRules + peeringRules + gatewayRules + routeRules + securityGroupRules
        + securityPostureRules + limitRules + referenceRules

    public static var descriptors: [RuleDescriptor] {
        rules.map { type(of: $0).descriptor }.sorted { $0.id < $1.id }
    }
}
