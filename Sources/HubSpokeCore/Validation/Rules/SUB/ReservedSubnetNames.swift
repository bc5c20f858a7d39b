/// How the subnet rules recognise Azure's reserved subnet names.
///
/// Microsoft Learn writes the names as `GatewaySubnet`, `AzureFirewallSubnet`... without saying
/// whether case matters; ARM compares names case-insensitively, and deployments with
/// `gatewaySubnet` or `azurefirewallsubnet` succeed (azure-powershell#10389 made the Bastion check
/// case-insensitive to match the service; terraform-provider-azurerm#1141 and #20863 record the
/// same for gateways and firewalls). So the rules match the role without regard to case, and
/// SUB-022 only notes a case difference as information.
enum ReservedSubnetNames {
    /// The reserved role of a subnet name, compared as Azure does (ASCII case-insensitively).
    static func role(of name: String) -> Subnet.ReservedName? {
        Subnet.ReservedName.allCases.first { $0.rawValue.equalsIgnoringCase(name) }
    }

    /// Index of the first subnet of `vnet` that has the reserved role.
    static func subnet(_ role: Subnet.ReservedName, in vnet: VirtualNetwork) -> Int? {
        vnet.subnets.firstIndex { $0.name.equalsIgnoringCase(role.rawValue) }
    }
}
