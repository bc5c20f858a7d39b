/// `Microsoft.Network/publicIPAddresses`. Standard SKU addresses are static and closed to
/// inbound traffic until an NSG allows it; Basic (retired) ones were open.
public struct PublicIPAddress: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    /// `Standard` or `Basic`.
    public var sku: String
    /// `Static` or `Dynamic`.
    public var publicIPAllocationMethod: String

    public init(
        name: String, placement: Placement = Placement(), sku: String = "Standard",
        publicIPAllocationMethod: String = "Static"
    ) {
        self.name = name
        self.placement = placement
        self.sku = sku
        self.publicIPAllocationMethod = publicIPAllocationMethod
    }
}
