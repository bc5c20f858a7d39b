/// GatewaySubnet, AzureFirewallSubnet and AzureBastionSubnet belong to their service alone:
/// VMs, NICs or load-balancer frontends there are unsupported or rejected, and take addresses
/// the service needs to scale.
struct ResourcesInDedicatedSubnet: Rule {
    static let id = "SUB-014"
    static let severity: Severity = .warning
    static let title = "VM, NIC or other resource placed in a dedicated service subnet"
    static let help =
        "GatewaySubnet, AzureFirewallSubnet and AzureBastionSubnet are dedicated to the gateway, firewall and Bastion; other resources there are unsupported or rejected."
    static let source = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub"
    init() {}

    private static let dedicated: Set<Subnet.ReservedName> = [
        .gatewaySubnet, .azureFirewallSubnet, .azureBastionSubnet,
    ]

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        func dedicatedSubnet(_ reference: String) -> (path: String, role: Subnet.ReservedName)? {
            guard let ref = index.subnet(reference) else { return nil }
            let name = design.virtualNetworks[ref.vnet].subnets[ref.subnet].name
            guard let role = ReservedSubnetNames.role(of: name), Self.dedicated.contains(role) else { return nil }
            return (index.subnetPath(ref), role)
        }
        for (n, nic) in design.networkInterfaces.enumerated() {
            for config in nic.ipConfigurations {
                guard let (path, role) = dedicatedSubnet(config.subnet) else { continue }
                let vms = (index.vmsByNIC[n] ?? []).map { design.virtualMachines[$0].name }
                let owner = vms.isEmpty ? "NIC \(nic.name)" : "NIC \(nic.name) of \(vms.joined(separator: ", "))"
                findings.append(
                    finding(
                        "\(owner) has IP configuration \(config.name) in \(path), which is dedicated to \(Self.service(role)): other resources there are unsupported and can block the service. Move it to a workload subnet.",
                        resources: [nic.name, path] + vms, field: "subnet"))
            }
        }
        for balancer in design.loadBalancers {
            for frontend in balancer.frontendIPConfigurations {
                guard let (path, role) = dedicatedSubnet(frontend.subnet) else { continue }
                findings.append(
                    finding(
                        "Load balancer \(balancer.name) frontend \(frontend.name) is in \(path), which is dedicated to \(Self.service(role)): other resources there are unsupported. Move the frontend to a workload subnet.",
                        resources: [balancer.name, path], field: "subnet"))
            }
        }
    }

    private static func service(_ role: Subnet.ReservedName) -> String {
        switch role {
        case .gatewaySubnet: return "the VPN/ExpressRoute gateway"
        case .azureFirewallSubnet: return "Azure Firewall"
        case .azureBastionSubnet: return "Azure Bastion"
        case .azureFirewallManagementSubnet: return "Azure Firewall management traffic"
        case .routeServerSubnet: return "Azure Route Server"
        }
    }
}
