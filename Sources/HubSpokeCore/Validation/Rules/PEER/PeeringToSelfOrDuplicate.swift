/// ARM refuses a peering of a VNet with itself, and a VNet holds at most one peering to a
/// given remote VNet (a second one to the same remote is rejected).
struct PeeringToSelfOrDuplicate: Rule {
    static let id = "PEER-002"
    static let severity: Severity = .error
    static let title = "Virtual network peered with itself, or twice with the same remote"
    static let help =
        "A VNet cannot be peered with itself, and it can have only one peering to a given remote VNet. ARM rejects "
        + "self-peering and a second peering to a remote that is already peered."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            var firstByRemote: [String: Int] = [:]
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() {
                let path = index.peeringPath(vnet: v, peering: p)
                let key: String
                switch index.peeringRemotes[v][p] {
                case .inDesign(let r), .existing(let r):
                    if r == v {
                        findings.append(
                            finding(
                                "\(path) peers \(vnet.name) with itself: ARM rejects a self-peering. Point "
                                    + "remoteVirtualNetwork at the intended remote VNet, or delete the peering.",
                                resources: [path, vnet.name], field: "remoteVirtualNetwork"))
                        continue
                    }
                    key = "vnet:\(r)"
                case .external(let id):
                    var normalized = id.asciiLowercased
                    while normalized.hasSuffix("/") { normalized.removeLast() }
                    key = "id:" + normalized
                case .missing:
                    continue
                }
                if let first = firstByRemote[key] {
                    let firstPath = index.peeringPath(vnet: v, peering: first)
                    findings.append(
                        finding(
                            "\(path) peers \(vnet.name) with \(peering.remoteVirtualNetwork) a second time "
                                + "(\(firstPath) already does): ARM allows one peering per remote VNet and rejects this "
                                + "one. Keep one peering and put the flags you need on it.",
                            resources: [path, firstPath], field: "remoteVirtualNetwork"))
                } else {
                    firstByRemote[key] = p
                }
            }
        }
    }
}
