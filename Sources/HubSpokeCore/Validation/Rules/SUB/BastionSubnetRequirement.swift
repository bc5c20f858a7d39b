/// A Bastion host of the Basic, Standard or Premium SKU deploys only into a subnet named
/// `AzureBastionSubnet` of /26 or larger. A smaller subnet of that name deploys with the VNet,
/// but Bastion placed in it fails. The Developer SKU needs no subnet.
struct BastionSubnetRequirement: Rule {
    static let id = "SUB-018"
    static let severity: Severity = .error
    static let title = "Azure Bastion needs a subnet named AzureBastionSubnet, /26 or larger"
    static let help =
        "Basic, Standard and Premium Bastion hosts are deployed into the subnet named AzureBastionSubnet, which must be /26 or larger; otherwise the Bastion deployment fails. The Developer SKU has no subnet."
    static let source = "https://learn.microsoft.com/azure/bastion/configuration-settings#subnet"
    init() {}

    static let minimumLength = 26

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        for bastion in design.bastionHosts where bastion.needsDedicatedSubnet {
            guard let reference = bastion.subnet, !reference.isEmpty else {
                let vnetName = bastion.virtualNetwork ?? "its VNet"
                findings.append(
                    finding(
                        "\(bastion.name) (\(bastion.sku) SKU) has no subnet: this SKU deploys only into AzureBastionSubnet. Add a subnet named AzureBastionSubnet (/26) to \(vnetName) and use it, or choose the Developer SKU.",
                        resources: [bastion.name], field: "subnet"))
                continue
            }
            if let ref = index.subnet(reference) {
                let vnet = design.virtualNetworks[ref.vnet]
                guard ReservedSubnetNames.role(of: vnet.subnets[ref.subnet].name) != .azureBastionSubnet else {
                    continue
                }
                let path = index.subnetPath(ref)
                let fix =
                    ReservedSubnetNames.subnet(.azureBastionSubnet, in: vnet).map {
                        "Point it at \(ResourcePath.child(vnet.name, .subnets, vnet.subnets[$0].name))."
                    } ?? "Add a subnet named AzureBastionSubnet (/26) to \(vnet.name) and place Bastion there."
                findings.append(
                    finding(
                        "\(bastion.name) is placed in \(path), but Azure Bastion deploys only into a subnet named AzureBastionSubnet: the deployment fails. \(fix)",
                        resources: [bastion.name, path], field: "subnet"))
            } else if let v = index.virtualNetwork(owningSubnetReference: reference),
                !design.virtualNetworks[v].isExisting,
                ReservedSubnetNames.subnet(.azureBastionSubnet, in: design.virtualNetworks[v]) == nil
            {
                let vnet = design.virtualNetworks[v]
                findings.append(
                    finding(
                        "\(bastion.name) refers to \(reference), but \(vnet.name) has no AzureBastionSubnet: Bastion cannot be deployed. Add a subnet named AzureBastionSubnet (/26) to \(vnet.name).",
                        resources: [bastion.name, vnet.name], field: "subnet"))
            }
        }
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (s, subnet) in vnet.subnets.enumerated()
            where ReservedSubnetNames.role(of: subnet.name) == .azureBastionSubnet {
                for prefix in SubnetSizing.ipv4(index.subnetPrefixes[v][s]) where prefix.length > Self.minimumLength {
                    let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                    findings.append(
                        finding(
                            "\(path) (\(prefix)) is smaller than /26: a Basic, Standard or Premium Bastion placed in it fails to deploy. Use a /26, e.g. \(AddressPrefix(containing: prefix.network, length: 26)) if that range is free.",
                            resources: [path], field: "addressPrefixes"))
                }
            }
        }
    }
}
