/// One step of the path a packet takes, in the order it happens.
public struct Hop: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Where the packet starts: the VM, NIC or address, with its address.
        case source
        /// The route chosen in the subnet the packet leaves.
        case route
        /// An NSG that was evaluated, with the deciding rule.
        case nsg
        /// A peering crossed.
        case peering
        /// A network virtual appliance (NIC with IP forwarding) the packet passes.
        case appliance
        /// An Azure Firewall the packet passes, with the policy rule that decided.
        case firewall
        /// A virtual network gateway the packet leaves through.
        case gateway
        /// Delivered: the destination NIC, subnet, on-premises prefix or the Internet.
        case destination
        /// Where and why the packet is dropped.
        case dropped
        /// What happens to the reply.
        case `return`
    }

    public var kind: Kind
    /// Resource path of what the hop is about (`vnet-a/virtualNetworkPeerings/a-to-b`).
    public var resource: String
    public var detail: String

    public init(kind: Kind, resource: String, detail: String) {
        self.kind = kind
        self.resource = resource
        self.detail = detail
    }
}
