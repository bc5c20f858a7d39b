/// VNets that are not peered with each other can still reach each other indirectly: through hub
/// appliances (spoke A -> hub 1 firewall -> hub 2 firewall -> spoke B), or through gateways that
/// connect to the same on-premises site (spokes of two hubs using each hub's gateway). Azure
/// deploys that with overlapping ranges, but then the hubs, or the site, hold two routes for the
/// same range and only one of the VNets is reachable for it. Spokes of one hub are ADDR-013's
/// (Azure refuses them), directly peered pairs ADDR-008's: neither is repeated here.
struct OverlapBehindSharedTransit: Rule {
    static let id = "ADDR-009"
    static let severity: Severity = .warning
    static let title = "VNets joined through hub appliances or gateways have overlapping address spaces"
    static let help =
        "VNets that are not peered with each other but reach each other through hub firewalls or NVAs (e.g. "
        + "spokes of two peered hubs), or through gateways connected to the same on-premises site, should not "
        + "overlap: it deploys, but the route to the shared range becomes ambiguous and only one of the VNets is "
        + "reachable for it."
    static let source = "https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke"

    init() {}

    /// VNets that reach each other through one transit, and how each member is attached to it.
    private struct TransitGroup {
        /// How a member reaches the transit: `through the appliances of vnet-hub1`.
        var attachment: [Int: String]
        /// What the transit is, for the message: `the hub appliances`, `the on-premises site lng-x`.
        var name: String
        var consequence: String
    }

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = index.design
        let graph = PeeringGraph(index)
        var reported = Set<[Int]>()
        var suggestion: FreeRangeSuggestion?
        for group in applianceGroups(index, graph) + siteGroups(index) {
            for overlap in VNetGroupOverlaps.find(group.attachment.keys.sorted(), index) {
                let (a, b) = (overlap.first, overlap.second)
                guard !graph.arePeered(a, b), graph.commonNeighbor(a, b) == nil,
                    reported.insert([a, b]).inserted
                else { continue }
                let (nameA, nameB) = (design.virtualNetworks[a].name, design.virtualNetworks[b].name)
                let phrase = VNetGroupOverlaps.phrase(
                    moved: nameB, kept: nameA, pairs: overlap.prefixes.map { ($0.1, $0.0) })
                let how =
                    group.attachment[a] == group.attachment[b]
                    ? "both \(group.attachment[b]!)"
                    : "\(nameB) \(group.attachment[b]!), \(nameA) \(group.attachment[a]!)"
                if suggestion == nil { suggestion = FreeRangeSuggestion(context) }
                findings.append(
                    finding(
                        "\(phrase); they are not peered but reach each other through \(group.name) (\(how)): it "
                            + "deploys, but \(group.consequence), so one of them is unreachable for the shared range. "
                            + suggestion!.advice(move: nameB, like: overlap.prefixes[0].1),
                        resources: [nameB, nameA], field: "addressPrefixes"))
            }
        }
    }

    /// Forwarding VNets peered with each other form one appliance transit (union-find); its
    /// members are those VNets and every VNet peered with one of them. A single forwarding hub is
    /// left out: its spokes share it as a peer, which is ADDR-013's case.
    private func applianceGroups(_ index: DesignIndex, _ graph: PeeringGraph) -> [TransitGroup] {
        let forwarding = forwardingVNets(index)
        guard forwarding.count > 1 else { return [] }
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
        let names = index.design.virtualNetworks.map(\.name)
        return domains.keys.sorted().compactMap { key in
            let hubs = domains[key]!
            guard hubs.count > 1 else { return nil }
            var attachment: [Int: String] = [:]
            for hub in hubs {
                attachment[hub] = "through its own appliances"
                for n in graph.neighbors[hub] where attachment[n] == nil {
                    attachment[n] = "through the appliances of \(names[hub])"
                }
            }
            return TransitGroup(
                attachment: attachment, name: "hub appliances",
                consequence: "the hubs cannot route the shared range to both")
        }
    }

    /// The VNets that reach one on-premises site, through their own gateway or a hub's.
    private func siteGroups(_ index: DesignIndex) -> [TransitGroup] {
        let design = index.design
        var order: [String] = []
        var groups: [String: TransitGroup] = [:]
        for path in OnPremisesReach(index).paths {
            let key = OnPremisesReach.siteKey(path.site, design)
            if groups[key] == nil {
                order.append(key)
                groups[key] = TransitGroup(
                    attachment: [:], name: "the on-premises site \(design.localNetworkGateways[path.site].name)",
                    consequence: "the site receives the shared range from both")
            }
            if groups[key]!.attachment[path.vnet] == nil {
                groups[key]!.attachment[path.vnet] = "via \(design.virtualNetworkGateways[path.gateway].name)"
            }
        }
        return order.map { groups[$0]! }
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
