/// A subnet without an NSG filters nothing: only the VM's own firewall stands between its
/// workloads and whatever can route to it, and Azure Policy baselines commonly require an NSG on
/// every subnet. Exempt are the subnets Azure forbids or manages an NSG for: GatewaySubnet,
/// AzureFirewallSubnet, AzureFirewallManagementSubnet and RouteServerSubnet; an NSG on
/// AzureBastionSubnet is optional.
struct SubnetWithoutSecurityGroup: Rule {
    static let id = "SEC-010"
    static let severity: Severity = .info
    static let title = "Subnet has no network security group"
    static let help =
        "Traffic to and from the subnet is not filtered by any NSG. GatewaySubnet, AzureFirewallSubnet, "
        + "AzureFirewallManagementSubnet, RouteServerSubnet and AzureBastionSubnet are exempt."
    static let source = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for vnet in context.design.virtualNetworks where !vnet.isExisting {
            for subnet in vnet.subnets where subnet.networkSecurityGroup == nil && subnet.reservedName == nil {
                let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                findings.append(
                    finding(
                        "\(path) has no NSG: its traffic is filtered only by the VMs' own firewalls. Associate an NSG "
                            + "that allows what the workloads need and denies the rest.",
                        resources: [path], field: "networkSecurityGroup"))
            }
        }
    }
}
