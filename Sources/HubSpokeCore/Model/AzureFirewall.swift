/// `Microsoft.Network/azureFirewalls`. Azure gives the firewall the first usable address of
/// `AzureFirewallSubnet` (x.x.x.4); `privateIPAddress` records it when the design states it,
/// otherwise routes and reachability use that first usable address.
public struct AzureFirewall: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    /// `AZFW_VNet` (in a VNet) or `AZFW_Hub` (Virtual WAN).
    public var skuName: String
    /// `Basic`, `Standard` or `Premium`.
    public var skuTier: String
    /// Path of the subnet of its IP configuration, normally `VNET/subnets/AzureFirewallSubnet`.
    public var subnet: String
    public var publicIPAddress: String?
    /// Path of `AzureFirewallManagementSubnet` for forced tunnelling or the Basic SKU.
    public var managementSubnet: String?
    public var managementPublicIPAddress: String?
    public var firewallPolicy: String?
    public var privateIPAddress: String?

    public init(
        name: String,
        placement: Placement = Placement(),
        skuName: String = "AZFW_VNet",
        skuTier: String = "Standard",
        subnet: String,
        publicIPAddress: String? = nil,
        managementSubnet: String? = nil,
        managementPublicIPAddress: String? = nil,
        firewallPolicy: String? = nil,
        privateIPAddress: String? = nil
    ) {
        self.name = name
        self.placement = placement
        self.skuName = skuName
        self.skuTier = skuTier
        self.subnet = subnet
        self.publicIPAddress = publicIPAddress
        self.managementSubnet = managementSubnet
        self.managementPublicIPAddress = managementPublicIPAddress
        self.firewallPolicy = firewallPolicy
        self.privateIPAddress = privateIPAddress
    }
}

/// `Microsoft.Network/firewallPolicies` with its rule collection groups. Only network rules are
/// modelled: they are what decides whether a connection between private addresses passes.
public struct FirewallPolicy: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    public var ruleCollectionGroups: [FirewallPolicyRuleCollectionGroup]

    public init(
        name: String, placement: Placement = Placement(),
        ruleCollectionGroups: [FirewallPolicyRuleCollectionGroup] = []
    ) {
        self.name = name
        self.placement = placement
        self.ruleCollectionGroups = ruleCollectionGroups
    }
}

/// `Microsoft.Network/firewallPolicies/ruleCollectionGroups`: evaluated by ascending priority.
public struct FirewallPolicyRuleCollectionGroup: Hashable, Sendable, Codable {
    public var name: String
    public var priority: Int
    public var ruleCollections: [FirewallRuleCollection]

    public init(name: String, priority: Int, ruleCollections: [FirewallRuleCollection] = []) {
        self.name = name
        self.priority = priority
        self.ruleCollections = ruleCollections
    }
}

/// A filter rule collection (`FirewallPolicyFilterRuleCollection`): one action for all its rules.
public struct FirewallRuleCollection: Hashable, Sendable, Codable {
    public var name: String
    public var priority: Int
    /// `Allow` or `Deny`.
    public var action: String
    public var rules: [FirewallNetworkRule]

    public init(name: String, priority: Int, action: String, rules: [FirewallNetworkRule] = []) {
        self.name = name
        self.priority = priority
        self.action = action
        self.rules = rules
    }
}

/// A `NetworkRule` inside a filter rule collection.
public struct FirewallNetworkRule: Hashable, Sendable, Codable {
    public var name: String
    /// `TCP`, `UDP`, `ICMP`, `Any`.
    public var ipProtocols: [String]
    public var sourceAddresses: [String]
    public var destinationAddresses: [String]
    /// Ports or ranges (`443`, `8000-8080`, `*`).
    public var destinationPorts: [String]

    public init(
        name: String, ipProtocols: [String], sourceAddresses: [String], destinationAddresses: [String],
        destinationPorts: [String]
    ) {
        self.name = name
        self.ipProtocols = ipProtocols
        self.sourceAddresses = sourceAddresses
        self.destinationAddresses = destinationAddresses
        self.destinationPorts = destinationPorts
    }
}
