/// `Microsoft.Network/networkSecurityGroups`. Only custom rules are stored; the six default
/// rules Azure adds to every NSG are in `SecurityRule.defaultRules`.
public struct NetworkSecurityGroup: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    public var securityRules: [SecurityRule]

    public init(name: String, placement: Placement = Placement(), securityRules: [SecurityRule] = []) {
        self.name = name
        self.placement = placement
        self.securityRules = securityRules
    }
}
