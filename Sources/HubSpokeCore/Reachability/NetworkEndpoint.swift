/// One end of a connection: an address, and where the design puts it (subnet, NIC, VM).
public struct NetworkEndpoint: Hashable, Sendable {
    public var address: IPAddress
    /// The subnet holding the address; nil for on-premises or Internet addresses.
    public var subnet: DesignIndex.SubnetRef?
    /// Index into `design.networkInterfaces` of the NIC holding the address.
    public var networkInterface: Int?
    public var virtualMachine: Int?
    /// Resource path that names the endpoint in hops: the VM, else the NIC, else the subnet.
    public var resource: String
    /// How the address was found, e.g. that a dynamic address was assigned offline.
    public var addressNote: String?

    public init(
        address: IPAddress, subnet: DesignIndex.SubnetRef? = nil, networkInterface: Int? = nil,
        virtualMachine: Int? = nil, resource: String, addressNote: String? = nil
    ) {
        self.address = address
        self.subnet = subnet
        self.networkInterface = networkInterface
        self.virtualMachine = virtualMachine
        self.resource = resource
        self.addressNote = addressNote
    }
}
