/// ARM refuses a peering whose `remoteVirtualNetwork.id` names no VNet: a design path that
/// resolves to nothing, or text that is not a VNet resource ID. (A well-formed ID of a VNet
/// outside the design is accepted as written; PEER-022 says what cannot be checked about it.)
struct PeeringRemoteNotFound: Rule {
    static let id = "PEER-001"
    static let severity: Severity = .error
    static let title = "Peering points at a virtual network that does not exist"
    static let help =
        "A peering's remoteVirtualNetwork must reference an existing VNet: one in the design, or a full resource ID "
        + "(/subscriptions/S/resourceGroups/RG/providers/Microsoft.Network/virtualNetworks/NAME). ARM rejects a "
        + "peering to a VNet it cannot find."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        for (v, vnet) in context.design.virtualNetworks.enumerated() {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() {
                let path = index.peeringPath(vnet: v, peering: p)
                let reference = peering.remoteVirtualNetwork
                let problem: String?
                switch index.peeringRemotes[v][p] {
                case .missing(let text):
                    if text.allSatisfy({ $0 == " " }) {
                        problem = "has no remoteVirtualNetwork"
                    } else {
                        problem = "points at \(text), which is not a virtual network in the design"
                    }
                case .external(let id):
                    problem = PeeringRemoteNotFound.malformation(of: id).map {
                        "has remoteVirtualNetwork '\(id)', which \($0)"
                    }
                case .inDesign, .existing:
                    problem =
                        reference.hasPrefix("/")
                        ? PeeringRemoteNotFound.malformation(of: reference).map {
                            "has remoteVirtualNetwork '\(reference)', which \($0)"
                        } : nil
                }
                guard let problem else { continue }
                findings.append(
                    finding(
                        "\(path) \(problem): ARM rejects a peering to a VNet it cannot find. Name a VNet of the design "
                            + "(e.g. \(PeeringRemoteNotFound.example(context, excluding: v))) or give the full resource ID "
                            + "/subscriptions/SUBSCRIPTION/resourceGroups/GROUP/providers/Microsoft.Network/virtualNetworks/NAME.",
                        resources: [path, vnet.name], field: "remoteVirtualNetwork"))
            }
        }
    }

    /// Why `text` is not the resource ID of a VNet, or nil when it is one.
    static func malformation(of text: String) -> String? {
        let parts = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let keys = [
            "subscriptions", nil, "resourcegroups", nil, "providers", "microsoft.network", "virtualnetworks", nil,
        ]
        guard text.hasPrefix("/"), parts.count == keys.count else {
            return "is not a VNet resource ID (expected 8 segments, /subscriptions/…/virtualNetworks/NAME)"
        }
        for (part, key) in zip(parts, keys) {
            if part.isEmpty { return "has an empty segment" }
            if let key, part.asciiLowercased != key {
                return key == "virtualnetworks" || key == "microsoft.network"
                    ? "is the ID of a \(parts[5])/\(parts[6]), not of a virtual network"
                    : "is not a VNet resource ID ('\(part)' where '\(key)' belongs)"
            }
        }
        return nil
    }

    private static func example(_ context: ValidationContext, excluding v: Int) -> String {
        let names = context.design.virtualNetworks.enumerated().filter { $0.offset != v }.map(\.element.name)
        return names.first ?? "vnet-hub"
    }
}
