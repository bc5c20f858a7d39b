/// A Basic-SKU firewall, and any firewall in forced-tunnelling mode, sends its management
/// traffic through a dedicated subnet named `AzureFirewallManagementSubnet` (at least /26, with
/// its own public IP and a direct Internet default route). Without it the firewall does not
/// deploy.
struct FirewallManagementSubnetRequirement: Rule {
    static let id = "SUB-016"
    static let severity: Severity = .error
    static let title = "Basic or forced-tunnelling firewall needs AzureFirewallManagementSubnet, /26 or larger"
    static let help =
        "Azure Firewall Basic and firewalls with forced tunnelling use a management IP configuration in a subnet named AzureFirewallManagementSubnet of at least /26; without it the firewall cannot be deployed."
    static let source = "https://learn.microsoft.com/azure/firewall/forced-tunneling"
    init() {}

    static let minimumLength = 26

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        for firewall in design.azureFirewalls where !firewall.skuName.equalsIgnoringCase("AZFW_Hub") {
            guard !context.isUnknown(firewall.name, "skuTier") else { continue }
            let isBasic = firewall.skuTier.equalsIgnoringCase("Basic")
            guard isBasic || firewall.managementSubnet != nil else { continue }
            let vnetIndex = index.virtualNetwork(owningSubnetReference: firewall.subnet)
            guard let management = firewall.managementSubnet, !management.isEmpty else {
                let vnetName = vnetIndex.map { design.virtualNetworks[$0].name } ?? "its VNet"
                findings.append(
                    finding(
                        "\(firewall.name) is Basic SKU but has no management IP configuration: Azure Firewall Basic needs AzureFirewallManagementSubnet (/26) with its own public IP. Add that subnet to \(vnetName) and set managementSubnet.",
                        resources: [firewall.name], field: "managementSubnet"))
                continue
            }
            let why = isBasic ? "Azure Firewall Basic" : "a forced-tunnelling firewall"
            guard let ref = index.subnet(management) else {
                if let v = index.virtualNetwork(owningSubnetReference: management),
                    !design.virtualNetworks[v].isExisting,
                    ReservedSubnetNames.subnet(.azureFirewallManagementSubnet, in: design.virtualNetworks[v]) == nil
                {
                    let vnet = design.virtualNetworks[v]
                    findings.append(
                        finding(
                            "\(firewall.name) refers to \(management), but \(vnet.name) has no AzureFirewallManagementSubnet: \(why) cannot be deployed without it. Add a subnet named AzureFirewallManagementSubnet (/26) to \(vnet.name).",
                            resources: [firewall.name, vnet.name], field: "managementSubnet"))
                }
                continue
            }
            let path = index.subnetPath(ref)
            let subnet = design.virtualNetworks[ref.vnet].subnets[ref.subnet]
            if ReservedSubnetNames.role(of: subnet.name) != .azureFirewallManagementSubnet {
                findings.append(
                    finding(
                        "\(firewall.name) uses \(path) for management, but \(why) needs the subnet named AzureFirewallManagementSubnet: the deployment fails. Rename or add a subnet AzureFirewallManagementSubnet (/26) and use it.",
                        resources: [firewall.name, path], field: "managementSubnet"))
                continue
            }
            if let vnetIndex, vnetIndex != ref.vnet {
                findings.append(
                    finding(
                        "\(firewall.name) is in \(design.virtualNetworks[vnetIndex].name) but its management subnet \(path) is in another VNet: both IP configurations must use subnets of the firewall's VNet. Use the AzureFirewallManagementSubnet of \(design.virtualNetworks[vnetIndex].name).",
                        resources: [firewall.name, path], field: "managementSubnet"))
            }
            // Lengths past /29 are SUB-004's to report.
            for prefix in SubnetSizing.ipv4(index.subnetPrefixes[ref.vnet][ref.subnet])
            where prefix.length > Self.minimumLength && prefix.length <= 29 {
                findings.append(
                    finding(
                        "\(path) (\(prefix)) is smaller than /26, the size \(why) needs for its management subnet: the firewall fails to deploy. Use a /26, e.g. \(AddressPrefix(containing: prefix.network, length: 26)) if that range is free.",
                        resources: [path, firewall.name], field: "addressPrefixes"))
            }
        }
    }
}
