/// Azure counts the private IP addresses actually assigned (not the size of the address space):
/// at most 65,536 in one virtual network and 128,000 across a group of peered networks. The
/// design knows one address per NIC IP configuration and per load balancer frontend; what
/// services take for themselves is not counted, so this never over-reports.
struct PrivateAddressesInUse: Rule {
    static let id = "LIM-004"
    static let severity: Severity = .error
    static let title = "Too many private IP addresses in use in a VNet or peered group"
    static let help =
        "At most 65,536 private IP addresses may be in use in one virtual network, and 128,000 in total across "
        + "a virtual network and the networks peered with it. The limit counts assigned addresses, not address "
        + "space size."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#networking-limits"
    static let perNetwork = 65_536
    static let perPeeredGroup = 128_000

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = index.design
        var inUse = [Int](repeating: 0, count: design.virtualNetworks.count)
        for nic in design.networkInterfaces {
            for config in nic.ipConfigurations {
                if let ref = index.subnet(config.subnet) { inUse[ref.vnet] += 1 }
            }
        }
        for balancer in design.loadBalancers {
            for frontend in balancer.frontendIPConfigurations {
                if let ref = index.subnet(frontend.subnet) { inUse[ref.vnet] += 1 }
            }
        }
        // Both limits need more than 65,536 addresses in the whole design.
        guard inUse.reduce(0, +) > Self.perNetwork else { return }
        for (v, vnet) in design.virtualNetworks.enumerated() where inUse[v] > Self.perNetwork {
            findings.append(
                finding(
                    "\(vnet.name) has \(inUse[v]) private IP addresses in use (NIC IP configurations and load balancer "
                        + "frontends), over Azure's limit of 65,536 per virtual network: the deployment fails. Split "
                        + "the workload over more VNets.",
                    resources: [vnet.name]))
        }
        var peers = [Set<Int>](repeating: [], count: design.virtualNetworks.count)
        for (v, remotes) in index.peeringRemotes.enumerated() {
            for remote in remotes {
                guard let r = remote.designIndex, r != v else { continue }
                peers[v].insert(r)
                peers[r].insert(v)
            }
        }
        for (v, vnet) in design.virtualNetworks.enumerated() where !peers[v].isEmpty {
            let total = peers[v].reduce(inUse[v]) { $0 + inUse[$1] }
            guard total > Self.perPeeredGroup else { continue }
            findings.append(
                finding(
                    "\(vnet.name) and the \(peers[v].count) VNets peered with it have \(total) private IP addresses "
                        + "in use, over Azure's limit of 128,000 for a group of peered virtual networks: new "
                        + "addresses in the group fail to allocate. Move workloads to a separate peering group.",
                    resources: [vnet.name]))
        }
    }
}
