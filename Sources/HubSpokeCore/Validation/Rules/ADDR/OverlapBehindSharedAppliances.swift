/// Spokes that are not peered with each other can still reach each other through appliances:
/// spoke A -> hub 1 firewall -> hub 2 firewall -> spoke B. Azure deploys that with overlapping
/// spoke ranges, but the hubs then cannot route to both, so one of the spokes is unreachable for
/// the shared range. Spokes of one hub are ADDR-013's (Azure refuses them), peered pairs ADDR-008's.
struct OverlapBehindSharedAppliances: Rule {
    static let id = "ADDR-009"
    static let severity: Severity = .warning
    static let title = "VNets joined through hub appliances have overlapping address spaces"
    static let help =
        "VNets that are not peered with each other but reach each other through hub firewalls or NVAs (for "
        + "example spokes of two peered hubs) should not overlap: it deploys, but the route to the shared range "
        + "becomes ambiguous and only one of the VNets is reachable for it."
    static let source = "https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = index.design
        let graph = PeeringGraph(index)
        let forwarding = forwardingVNets(index)
        guard forwarding.count > 1 else { return }
        // Forwarding VNets peered with each other form one transit domain (union-find).
        var parent = [Int: Int]()
        for v in forwarding { parent[v] = v }
        func root(_ v: Int) -> Int {
            var r = v
            while let p = parent[r], p != r { r = p }
            var c = v
            while let p = parent[c], p != r {
                parent[c] = r
                c = p
            }
            return r
        }
        for v in forwarding {
            for n in graph.neighbors[v] where parent[n] != nil {
                let (a, b) = (root(v), root(n))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var domains: [Int: [Int]] = [:]
        for v in forwarding { domains[root(v), default: []].append(v) }
        var reported = Set<[Int]>()
        var suggestion: FreeRangeSuggestion?
        for key in domains.keys.sorted() {
            let appliances = domains[key]!
            guard appliances.count > 1 else { continue }
            // Members: the forwarding VNets and every VNet peered with one of them; remember
            // through which appliance VNet each member is attached.
            var attachedVia: [Int: Int] = [:]
            for hub in appliances {
                attachedVia[hub] = attachedVia[hub] ?? hub
                for n in graph.neighbors[hub] where attachedVia[n] == nil { attachedVia[n] = hub }
            }
            for overlap in VNetGroupOverlaps.find(attachedVia.keys.sorted(), index) {
                let (a, b) = (overlap.first, overlap.second)
                guard !graph.arePeered(a, b), graph.commonNeighbor(a, b) == nil,
                    reported.insert([a, b]).inserted
                else { continue }
                let hubA = design.virtualNetworks[attachedVia[a]!].name
                let hubB = design.virtualNetworks[attachedVia[b]!].name
                let phrase = VNetGroupOverlaps.phrase(
                    moved: design.virtualNetworks[b].name, kept: design.virtualNetworks[a].name,
                    pairs: overlap.prefixes.map { ($0.1, $0.0) })
                if suggestion == nil { suggestion = FreeRangeSuggestion(context) }
                findings.append(
                    finding(
                        "\(phrase); they are not peered but are joined through the appliances of \(hubB) and "
                            + "\(hubA): it deploys, but the hubs cannot route the shared range to both, "
                            + "so one of them is unreachable for it. "
                            + suggestion!.advice(move: design.virtualNetworks[b].name, like: overlap.prefixes[0].1),
                        resources: [design.virtualNetworks[b].name, design.virtualNetworks[a].name],
                        field: "addressPrefixes"))
            }
        }
    }

    /// VNets that forward traffic between their peers: an Azure Firewall, or an NVA (a NIC with
    /// IP forwarding) in one of their subnets. Ascending.
    private func forwardingVNets(_ index: DesignIndex) -> [Int] {
        var set = Set(index.firewallsByVNet.keys)
        for nic in index.design.networkInterfaces where nic.enableIPForwarding {
            for config in nic.ipConfigurations {
                if let ref = index.subnet(config.subnet) { set.insert(ref.vnet) }
            }
        }
        return set.sorted()
    }
}
