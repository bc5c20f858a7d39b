/// The two halves of a peering are separate resources with independent names; naming each
/// `<local>-to-<remote>` lets a reader (and `:peer`) recognise them as a pair. A common `vnet-`
/// prefix may be left out on either side (`hub-to-spoke1` on `vnet-hub`).
struct PeeringNameConvention: Rule {
    static let id = "REF-008"
    static let severity: Severity = .info
    static let title = "Peering name does not follow <local>-to-<remote>"
    static let help =
        "Naming each half of a peering <local>-to-<remote> (e.g. hub-to-spoke1 and spoke1-to-hub) makes the two "
        + "halves recognisable as a pair. A convention, not an Azure rule."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let d = context.design
        for (v, vnet) in d.virtualNetworks.enumerated() {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() {
                let remoteName: String
                switch index.peeringRemotes[v][p] {
                case .inDesign(let r), .existing(let r): remoteName = d.virtualNetworks[r].name
                case .external(let id):
                    guard let parsed = ARMResourceID(id) else { continue }
                    remoteName = parsed.name
                case .missing: continue
                }
                guard !Self.follows(peering.name, local: vnet.name, remote: remoteName) else { continue }
                findings.append(
                    finding(
                        "Peering \(peering.name) on \(vnet.name) does not follow the <local>-to-<remote> convention: "
                            + "name it \(Self.short(vnet.name))-to-\(Self.short(remoteName)) (and the other half "
                            + "\(Self.short(remoteName))-to-\(Self.short(vnet.name))) so the two halves are "
                            + "recognisable as a pair.",
                        resources: [index.peeringPath(vnet: v, peering: p)], field: "name"))
            }
        }
    }

    static func follows(_ name: String, local: String, remote: String) -> Bool {
        for l in Set([local, short(local)]) {
            for r in Set([remote, short(remote)]) where name.equalsIgnoringCase("\(l)-to-\(r)") { return true }
        }
        return false
    }

    /// The name without a leading `vnet-`/`vnet_` (when something is left).
    static func short(_ name: String) -> String {
        for prefix in ["vnet-", "vnet_"] where name.count > prefix.count {
            if name.prefix(prefix.count).equalsIgnoringCase(prefix) { return String(name.dropFirst(prefix.count)) }
        }
        return name
    }
}
