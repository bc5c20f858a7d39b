/// The NSG- rules of the catalog, in ID order. Not emitted: NSG-009, NSG-012, NSG-013, NSG-015,
/// NSG-017 and NSG-018 describe semantics (the reachability engine applies them), and NSG-019
/// needs Azure Virtual Network Manager, which the design does not model.
extension RuleCatalog {
    public static let securityGroupRules: [any Rule] = [
        SecurityRulePriorityRange(),
        DuplicateSecurityRulePriority(),
        SecurityRuleName(),
        SecurityRuleDirectionAndAccess(),
        SecurityRuleProtocolValue(),
        SecurityRulePortSyntax(),
        SecurityRuleSingularAndPlural(),
        SecurityRuleAddressValues(),
        ShadowedSecurityRule(),
        ProtocolAnyWithPorts(),
        SecurityGroupRegion(),
        LoadBalancerProbesBlocked(),
    ]
}
