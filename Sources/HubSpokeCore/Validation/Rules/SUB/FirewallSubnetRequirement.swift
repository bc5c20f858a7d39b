/// Azure Firewall deploys only into a subnet named `AzureFirewallSubnet` of at least /26. A
/// smaller subnet of that name deploys with the VNet, but the firewall placed in it fails (now
/// or when added later), so the design cannot work. /26 leaves room for scale-out instances.
struct FirewallSubnetRequirement: Rule {
    static let id = "SUB-015"
    static let severity: Severity = .error
    static let title = "Azure Firewall needs a subnet named AzureFirewallSubnet, /26 or larger"
    static let help =
        "Azure Firewall is deployed into the subnet named AzureFirewallSubnet, which must be at least /26 so the firewall can scale out; another subnet or a smaller one makes the firewall deployment fail."
    static let source = "https://learn.microsoft.com/azure/firewall/firewall-faq"
    init() {}

    static let minimumLength = 26

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        for firewall in design.azureFirewalls where !firewall.skuName.equalsIgnoringCase("AZFW_Hub") {
            if let ref = index.subnet(firewall.subnet) {
                let vnet = design.virtualNetworks[ref.vnet]
                guard ReservedSubnetNames.role(of: vnet.subnets[ref.subnet].name) != .azureFirewallSubnet else {
                    continue
                }
                let path = index.subnetPath(ref)
                findings.append(
                    finding(
                        "\(firewall.name) is placed in \(path), but Azure Firewall deploys only into a subnet named AzureFirewallSubnet: the deployment fails. \(fix(vnet))",
                        resources: [firewall.name, path], field: "subnet"))
            } else if let v = index.virtualNetwork(owningSubnetReference: firewall.subnet) {
                let vnet = design.virtualNetworks[v]
                guard !vnet.isExisting, ReservedSubnetNames.subnet(.azureFirewallSubnet, in: vnet) == nil else {
                    continue
                }
                findings.append(
                    finding(
                        "\(firewall.name) refers to \(firewall.subnet), but \(vnet.name) has no AzureFirewallSubnet: the firewall cannot be deployed. Add a subnet named AzureFirewallSubnet (/26) to \(vnet.name).",
                        resources: [firewall.name, vnet.name], field: "subnet"))
            }
        }
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (s, subnet) in vnet.subnets.enumerated()
            where ReservedSubnetNames.role(of: subnet.name) == .azureFirewallSubnet {
                for prefix in SubnetSizing.ipv4(index.subnetPrefixes[v][s]) where prefix.length > Self.minimumLength {
                    let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                    findings.append(
                        finding(
                            "\(path) (\(prefix)) is smaller than /26: Azure Firewall placed in it fails to deploy, now or when added later. Use a /26, e.g. \(AddressPrefix(containing: prefix.network, length: 26)) if that range is free.",
                            resources: [path], field: "addressPrefixes"))
                }
            }
        }
    }

    private func fix(_ vnet: VirtualNetwork) -> String {
        if let s = ReservedSubnetNames.subnet(.azureFirewallSubnet, in: vnet) {
            return "Point it at \(ResourcePath.child(vnet.name, .subnets, vnet.subnets[s].name))."
        }
        return "Add a subnet named AzureFirewallSubnet (/26) to \(vnet.name) and place the firewall there."
    }
}
