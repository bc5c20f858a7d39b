/// A peering is a child resource of its VNet, so its name is unique within the VNet: two
/// peerings with one name are one resource declared twice.
struct DuplicatePeeringName: Rule {
    static let id = "PEER-019"
    static let severity: Severity = .info
    static let title = "Two peerings of one VNet share a name"
    static let help =
        "Peering names are unique within the VNet (the name is a child resource name of the VNet). Two peerings "
        + "with the same name are the same resource: a template that declares both is refused or keeps only one."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            var firstByName: [String: Int] = [:]
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() {
                let key = peering.name.asciiLowercased
                guard let first = firstByName[key] else {
                    firstByName[key] = p
                    continue
                }
                let path = index.peeringPath(vnet: v, peering: p)
                let other = vnet.virtualNetworkPeerings[first]
                findings.append(
                    finding(
                        "\(vnet.name) has two peerings named \(peering.name) (to \(other.remoteVirtualNetwork) and to "
                            + "\(peering.remoteVirtualNetwork)): a peering name is a child resource name of the VNet, "
                            + "so they are one resource declared twice and only one can exist. Rename one (convention: "
                            + "\(vnet.name)-to-REMOTE).",
                        resources: [path, vnet.name], field: "name"))
            }
        }
    }
}
