/// `Microsoft.Network/networkInterfaces`. A NIC that forwards packets not addressed to it (an
/// NVA) needs `enableIPForwarding`; Azure drops such packets otherwise.
public struct NetworkInterface: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    public var enableIPForwarding: Bool
    public var networkSecurityGroup: String?
    public var ipConfigurations: [NetworkInterfaceIPConfiguration]

    public init(
        name: String, placement: Placement = Placement(), enableIPForwarding: Bool = false,
        networkSecurityGroup: String? = nil, ipConfigurations: [NetworkInterfaceIPConfiguration] = []
    ) {
        self.name = name
        self.placement = placement
        self.enableIPForwarding = enableIPForwarding
        self.networkSecurityGroup = networkSecurityGroup
        self.ipConfigurations = ipConfigurations
    }

    /// The primary configuration: the one marked primary, else the first.
    public var primaryIPConfiguration: NetworkInterfaceIPConfiguration? {
        ipConfigurations.first { $0.primary == true } ?? ipConfigurations.first
    }
}

public struct NetworkInterfaceIPConfiguration: Hashable, Sendable, Codable {
    public var name: String
    /// Path of the subnet, `VNET/subnets/NAME`.
    public var subnet: String
    /// `Dynamic` or `Static`.
    public var privateIPAllocationMethod: String
    /// Set for static allocation; a dynamic address is chosen by Azure at deployment.
    public var privateIPAddress: String?
    public var publicIPAddress: String?
    public var applicationSecurityGroups: [String]
    public var primary: Bool?

    public init(
        name: String = "ipconfig1", subnet: String, privateIPAllocationMethod: String = "Dynamic",
        privateIPAddress: String? = nil, publicIPAddress: String? = nil, applicationSecurityGroups: [String] = [],
        primary: Bool? = nil
    ) {
        self.name = name
        self.subnet = subnet
        self.privateIPAllocationMethod = privateIPAllocationMethod
        self.privateIPAddress = privateIPAddress
        self.publicIPAddress = publicIPAddress
        self.applicationSecurityGroups = applicationSecurityGroups
        self.primary = primary
    }
}
