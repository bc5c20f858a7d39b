/// A whole hub-and-spoke design: every resource hubspoke models, plus what it carries through
/// unchanged. It is a plain value, so the editor keeps past values for undo and the validator
/// never needs to lock anything.
///
/// Resources refer to each other by resource path (see `ResourcePath`): a subnet's
/// `networkSecurityGroup` is `"nsg-web"`, a NIC's subnet is `"vnet-hub/subnets/snet-app"`.
public struct Design: Hashable, Sendable, Codable {
    public var virtualNetworks: [VirtualNetwork]
    public var networkSecurityGroups: [NetworkSecurityGroup]
    public var applicationSecurityGroups: [ApplicationSecurityGroup]
    public var routeTables: [RouteTable]
    public var virtualNetworkGateways: [VirtualNetworkGateway]
    public var localNetworkGateways: [LocalNetworkGateway]
    public var connections: [GatewayConnection]
    public var azureFirewalls: [AzureFirewall]
    public var firewallPolicies: [FirewallPolicy]
    public var bastionHosts: [BastionHost]
    public var routeServers: [RouteServer]
    public var loadBalancers: [LoadBalancer]
    public var publicIPAddresses: [PublicIPAddress]
    public var networkInterfaces: [NetworkInterface]
    public var virtualMachines: [VirtualMachine]
    /// Findings the user has accepted for one resource, each with a reason.
    public var suppressions: [Suppression]
    /// Bicep the model does not understand, kept verbatim so export loses nothing.
    public var passthrough: [PassthroughResource]

    public init(
        virtualNetworks: [VirtualNetwork] = [],
        networkSecurityGroups: [NetworkSecurityGroup] = [],
        applicationSecurityGroups: [ApplicationSecurityGroup] = [],
        routeTables: [RouteTable] = [],
        virtualNetworkGateways: [VirtualNetworkGateway] = [],
        localNetworkGateways: [LocalNetworkGateway] = [],
        connections: [GatewayConnection] = [],
        azureFirewalls: [AzureFirewall] = [],
        firewallPolicies: [FirewallPolicy] = [],
        bastionHosts: [BastionHost] = [],
        routeServers: [RouteServer] = [],
        loadBalancers: [LoadBalancer] = [],
        publicIPAddresses: [PublicIPAddress] = [],
        networkInterfaces: [NetworkInterface] = [],
        virtualMachines: [VirtualMachine] = [],
        suppressions: [Suppression] = [],
        passthrough: [PassthroughResource] = []
    ) {
        self.virtualNetworks = virtualNetworks
        self.networkSecurityGroups = networkSecurityGroups
        self.applicationSecurityGroups = applicationSecurityGroups
        self.routeTables = routeTables
        self.virtualNetworkGateways = virtualNetworkGateways
        self.localNetworkGateways = localNetworkGateways
        self.connections = connections
        self.azureFirewalls = azureFirewalls
        self.firewallPolicies = firewallPolicies
        self.bastionHosts = bastionHosts
        self.routeServers = routeServers
        self.loadBalancers = loadBalancers
        self.publicIPAddresses = publicIPAddresses
        self.networkInterfaces = networkInterfaces
        self.virtualMachines = virtualMachines
        self.suppressions = suppressions
        self.passthrough = passthrough
    }
}
