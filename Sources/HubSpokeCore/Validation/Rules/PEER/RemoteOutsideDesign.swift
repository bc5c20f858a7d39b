/// When the remote VNet of a peering is declared `existing` or given as a resource ID, its
/// peerings, gateways and address space are not in the design. Rather than guess, this says
/// which checks were not made for that peering.
struct RemoteOutsideDesign: Rule {
    static let id = "PEER-022"
    static let severity: Severity = .info
    static let title = "Remote VNet outside the design: some peering checks skipped"
    static let help =
        "The remote VNet of a peering is outside the design (declared existing, or an external resource ID): the "
        + "checks that need it (PEER-003 reverse half, PEER-009 allowGatewayTransit, PEER-010 remote gateway, ADDR-008 "
        + "and ADDR-013 address overlap) are skipped for that peering."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() {
                let remote: String
                let reason: String
                switch index.peeringRemotes[v][p] {
                case .existing(let r):
                    guard r != v else { continue }
                    remote = design.virtualNetworks[r].name
                    reason = "is declared existing (deployed elsewhere)"
                case .external(let id):
                    guard PeeringRemoteNotFound.malformation(of: id) == nil else { continue }
                    remote = ARMResourceID(id)?.name ?? id
                    reason = "is outside the design (\(id))"
                case .inDesign, .missing:
                    continue
                }
                let path = index.peeringPath(vnet: v, peering: p)
                let gatewayUse = peering.useRemoteGateways ? ", which useRemoteGateways here relies on" : ""
                let skipped =
                    "its reverse half (PEER-003), allowGatewayTransit on that half and its gateway (PEER-009, "
                    + "PEER-010\(gatewayUse)) and address overlap with \(vnet.name) and its other peers (ADDR-008, "
                    + "ADDR-013)"
                findings.append(
                    finding(
                        "\(path) peers with \(remote), which \(reason): \(skipped) could not be checked. Check them "
                            + "where \(remote) is deployed; the peering only connects once \(remote) has its half "
                            + "pointing back at \(vnet.name).",
                        resources: [path, remote], field: "remoteVirtualNetwork"))
            }
        }
    }
}
