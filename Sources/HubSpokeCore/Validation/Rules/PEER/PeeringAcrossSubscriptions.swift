/// Each half of a peering is created in its own VNet's subscription, by someone allowed to
/// peer that VNet (Network Contributor or the peering actions); across subscriptions (or
/// tenants) the two halves usually come from different people or deployments.
struct PeeringAcrossSubscriptions: Rule {
    static let id = "PEER-018"
    static let severity: Severity = .info
    static let title = "Peering across subscriptions needs permissions on both VNets"
    static let help =
        "A cross-subscription or cross-tenant peering needs permissions on both VNets: each side is created by "
        + "someone with Network Contributor (or the virtualNetworks/peer action) on its VNet."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering#permissions"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        for (v, vnet) in design.virtualNetworks.enumerated() {
            guard let local = vnet.placement.subscriptionId else { continue }
            for (p, _) in vnet.virtualNetworkPeerings.enumerated() {
                let remoteName: String
                let remoteSubscription: String?
                switch index.peeringRemotes[v][p] {
                case .inDesign(let r), .existing(let r):
                    remoteName = design.virtualNetworks[r].name
                    remoteSubscription = design.virtualNetworks[r].placement.subscriptionId
                case .external(let id):
                    remoteName = ARMResourceID(id)?.name ?? id
                    remoteSubscription = ARMResourceID(id)?.subscriptionId
                case .missing:
                    continue
                }
                guard let remote = remoteSubscription, !remote.equalsIgnoringCase(local) else { continue }
                let path = index.peeringPath(vnet: v, peering: p)
                findings.append(
                    finding(
                        "\(path) crosses subscriptions (\(vnet.name) in \(local), \(remoteName) in \(remote)): each "
                            + "half is created in its own VNet's subscription by someone with Network Contributor (or "
                            + "the peering actions) on that VNet, so plan who deploys the other half.",
                        resources: [path, remoteName], field: "remoteVirtualNetwork"))
            }
        }
    }
}
