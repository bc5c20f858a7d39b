/// `Microsoft.Network/applicationSecurityGroups`: a named group of NICs that NSG rules can use
/// as a source or destination instead of addresses.
public struct ApplicationSecurityGroup: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement

    public init(name: String, placement: Placement = Placement()) {
        self.name = name
        self.placement = placement
    }
}
