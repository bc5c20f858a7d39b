/// A peering is two resources, one in each VNet. ARM accepts one half alone, but it stays
/// *Initiated* and no traffic flows until the reverse half exists (*Connected*). Only decidable
/// when both VNets are in the design; PEER-022 covers remotes outside it.
struct PeeringReverseHalfMissing: Rule {
    static let id = "PEER-003"
    static let severity: Severity = .error
    static let title = "Peering has no reverse half"
    static let help =
        "VNet peering needs a peering resource on both VNets. With only one half the peering stays Initiated and no "
        + "traffic flows; when one half is deleted later, the other shows Disconnected and must be recreated."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let vnets = context.design.virtualNetworks
        // A VNet with a remote the reader could not evaluate may hold the reverse half.
        let hasUnknownRemote: [Bool] = vnets.indices.map { v in
            vnets[v].virtualNetworkPeerings.indices.contains {
                context.isUnknown(index.peeringPath(vnet: v, peering: $0), "remoteVirtualNetwork")
            }
        }
        for (v, vnet) in vnets.enumerated() {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() {
                guard case .inDesign(let r) = index.peeringRemotes[v][p], r != v, index.peering(from: r, to: v) == nil,
                    !hasUnknownRemote[r]
                else { continue }
                let path = index.peeringPath(vnet: v, peering: p)
                let remote = vnets[r].name
                var message =
                    "\(path) has no reverse half: \(remote) has no peering to \(vnet.name), so this peering stays "
                    + "Initiated and no traffic flows between them. Add \(remote)/virtualNetworkPeerings/"
                    + "\(remote)-to-\(vnet.name) with remoteVirtualNetwork \(vnet.name)."
                if peering.useRemoteGateways {
                    message +=
                        " Because this half sets useRemoteGateways, the new half needs allowGatewayTransit: true."
                }
                findings.append(finding(message, resources: [path, remote], field: "remoteVirtualNetwork"))
            }
        }
    }
}
