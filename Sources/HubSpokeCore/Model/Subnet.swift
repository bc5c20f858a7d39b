/// `Microsoft.Network/virtualNetworks/subnets`. Azure has both `addressPrefix` and
/// `addressPrefixes`; the model keeps one list (one entry, or an IPv4 and an IPv6 prefix for
/// dual stack) and the Bicep writer picks the singular form when there is one prefix.
public struct Subnet: Hashable, Sendable, Codable {
    public var name: String
    public var addressPrefixes: [String]
    /// Path of the associated NSG (its name), or nil.
    public var networkSecurityGroup: String?
    /// Path of the associated route table (its name), or nil.
    public var routeTable: String?
    /// Service names the subnet is delegated to, e.g. `Microsoft.Web/serverFarms`.
    public var delegations: [String]
    public var serviceEndpoints: [String]

    public init(
        name: String,
        addressPrefixes: [String] = [],
        networkSecurityGroup: String? = nil,
        routeTable: String? = nil,
        delegations: [String] = [],
        serviceEndpoints: [String] = []
    ) {
        self.name = name
        self.addressPrefixes = addressPrefixes
        self.networkSecurityGroup = networkSecurityGroup
        self.routeTable = routeTable
        self.delegations = delegations
        self.serviceEndpoints = serviceEndpoints
    }

    /// Names Azure gives a meaning to; a service placed in a subnet needs exactly this name.
    public enum ReservedName: String, CaseIterable, Sendable {
        case gatewaySubnet = "GatewaySubnet"
        case azureFirewallSubnet = "AzureFirewallSubnet"
        case azureFirewallManagementSubnet = "AzureFirewallManagementSubnet"
        case azureBastionSubnet = "AzureBastionSubnet"
        case routeServerSubnet = "RouteServerSubnet"
    }

    /// The reserved role of this subnet. Azure matches these names without regard to case
    /// (`gatewaysubnet` works; Microsoft's docs do not say otherwise), so this does too.
    public var reservedName: ReservedName? {
        ReservedName.allCases.first { name.equalsIgnoringCase($0.rawValue) }
    }
}
