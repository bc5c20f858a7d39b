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
    /// Every rule asks this of every subnet (10,000 in the benchmark design), so the length,
    /// which tells the five names apart, is checked before any text.
    static func role(of name: String) -> Subnet.ReservedName? {
        let candidate: Subnet.ReservedName
        switch name.utf8.count {
        case 13: candidate = .gatewaySubnet
        case 19: candidate = .azureFirewallSubnet
        case 29: candidate = .azureFirewallManagementSubnet
        case 18: candidate = .azureBastionSubnet
        case 17: candidate = .routeServerSubnet
        default: return nil
        }
        return candidate.rawValue.equalsIgnoringCase(name) ? candidate : nil
    }

    /// Index of the first subnet of `vnet` that has the reserved role.
    static func subnet(_ role: Subnet.ReservedName, in vnet: VirtualNetwork) -> Int? {
        vnet.subnets.firstIndex { $0.name.equalsIgnoringCase(role.rawValue) }
    }
}
