/// A virtual network can have 500 peerings. Azure Virtual Network Manager's hub-and-spoke
/// connectivity can connect up to 1,000 spokes to one hub, but those peerings are managed by
/// AVNM, not declared as peering resources as in this design.
struct PeeringsPerVirtualNetwork: Rule {
    static let id = "LIM-003"
    static let severity: Severity = .error
    static let title = "More than 500 peerings on one virtual network"
    static let help =
        "A virtual network can have at most 500 peerings. Only an Azure Virtual Network Manager hub-and-spoke "
        + "connectivity configuration goes further (up to 1,000 spokes on one hub)."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#networking-limits"
    static let limit = 500

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for vnet in context.design.virtualNetworks where vnet.virtualNetworkPeerings.count > Self.limit {
            findings.append(
                finding(
                    "\(vnet.name) has \(vnet.virtualNetworkPeerings.count) peerings, over Azure's limit of "
                        + "\(Self.limit) per virtual network: the peerings past it fail. Add a second hub, or let "
                        + "Azure Virtual Network Manager's hub-and-spoke connectivity manage the spokes (up to 1,000).",
                    resources: [vnet.name], field: "virtualNetworkPeerings"))
        }
    }
}
