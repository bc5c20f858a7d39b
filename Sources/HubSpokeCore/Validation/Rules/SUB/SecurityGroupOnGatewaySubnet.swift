/// Azure refuses an NSG on GatewaySubnet (`NetworkSecurityGroupCannotBeAttachedToGatewaySubnet`)
/// when the subnet is updated or the gateway is created, and an NSG there can stop VPN and
/// ExpressRoute gateways from working.
struct SecurityGroupOnGatewaySubnet: Rule {
    static let id = "SUB-012"
    static let severity: Severity = .error
    static let title = "Network security group associated with GatewaySubnet"
    static let help =
        "Network security groups are not supported on the gateway subnet: Azure rejects the association or the gateway, and an NSG there can stop the gateway from working."
    static let source =
        "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for vnet in context.design.virtualNetworks {
            for subnet in vnet.subnets where ReservedSubnetNames.role(of: subnet.name) == .gatewaySubnet {
                guard let nsg = subnet.networkSecurityGroup, !nsg.isEmpty else { continue }
                let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                var resources = [path]
                if let n = context.index.networkSecurityGroup(nsg) {
                    resources.append(context.design.networkSecurityGroups[n].name)
                }
                findings.append(
                    finding(
                        "\(path) has NSG \(nsg): Azure refuses an NSG on the gateway subnet (NetworkSecurityGroupCannotBeAttachedToGatewaySubnet). Remove the association; filter traffic on the workload subnets instead.",
                        resources: resources, field: "networkSecurityGroup"))
            }
        }
    }
}
