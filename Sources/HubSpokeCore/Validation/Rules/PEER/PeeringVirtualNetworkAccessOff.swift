/// With `allowVirtualNetworkAccess: false` the remote space leaves the local `VirtualNetwork`
/// service tag, so the default AllowVnetInBound/OutBound rules stop admitting peer traffic.
/// Explicit NSG allows by address still work, which is why this is a warning, not an error.
struct PeeringVirtualNetworkAccessOff: Rule {
    static let id = "PEER-004"
    static let severity: Severity = .warning
    static let title = "Peering does not allow virtual network access"
    static let help =
        "allowVirtualNetworkAccess: false deploys, but the remote VNet's space is then left out of the local "
        + "VirtualNetwork tag: the default AllowVnetInBound/AllowVnetOutBound rules no longer admit traffic to or "
        + "from the peer, so most traffic stops unless NSG rules allow it by address."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() where !peering.allowVirtualNetworkAccess {
                let path = index.peeringPath(vnet: v, peering: p)
                findings.append(
                    finding(
                        "\(path) has allowVirtualNetworkAccess false: \(peering.remoteVirtualNetwork)'s address space "
                            + "leaves \(vnet.name)'s VirtualNetwork tag, so the default AllowVnetInBound/OutBound NSG "
                            + "rules stop admitting traffic between them (only NSG rules that name addresses still "
                            + "let it through). Set it to true unless blocking the peer is the intent.",
                        resources: [path, vnet.name], field: "allowVirtualNetworkAccess"))
            }
        }
    }
}
