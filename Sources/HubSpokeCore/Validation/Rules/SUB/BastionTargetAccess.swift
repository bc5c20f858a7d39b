/// Azure Bastion connects to VMs over their private IPs from its own subnet, on 22 (SSH) or
/// 3389 (RDP). When the NSG on a VM's subnet or NIC drops that traffic before any allow, the
/// Bastion session fails. Checked for the VMs Bastion can reach: those in its own VNet and in
/// VNets peered with it.
struct BastionTargetAccess: Rule {
    static let id = "SUB-023"
    static let severity: Severity = .warning
    static let title = "NSG on a VM's subnet or NIC blocks SSH/RDP from Azure Bastion"
    static let help =
        "Bastion reaches VMs privately from AzureBastionSubnet on TCP 22 or 3389; the NSGs on the VM's subnet and NIC must allow that inbound (from the Bastion prefix, a supernet, VirtualNetwork or *) before any deny."
    static let source = "https://learn.microsoft.com/azure/bastion/bastion-nsg"
    init() {}

    static let ports = [22, 3389]

    private struct Blocked {
        var nsg: Int
        var bastion: Int
        var vms: [String] = []
        var nics: [String] = []
        /// Rules that dropped the traffic, with their priorities, in the order met.
        var rules: [(name: String, priority: Int)] = []
    }

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        var blocked: [Blocked] = []
        var slot: [String: Int] = [:]
        for (b, bastion) in design.bastionHosts.enumerated() where bastion.needsDedicatedSubnet {
            guard let reference = bastion.subnet, let bastionRef = index.subnet(reference) else { continue }
            let bastionPrefixes = SubnetSizing.ipv4(index.subnetPrefixes[bastionRef.vnet][bastionRef.subnet])
            guard !bastionPrefixes.isEmpty else { continue }
            for (n, nic) in design.networkInterfaces.enumerated() {
                guard let vms = index.vmsByNIC[n], !vms.isEmpty, let config = nic.primaryIPConfiguration,
                    let ref = index.subnet(config.subnet),
                    let sourceTags = Self.virtualNetworkTag(from: bastionRef.vnet, to: ref.vnet, index)
                else { continue }
                var destinationPrefixes = SubnetSizing.ipv4(index.subnetPrefixes[ref.vnet][ref.subnet])
                if config.privateIPAllocationMethod.equalsIgnoringCase("Static"),
                    let text = config.privateIPAddress, let address = IPAddress(text)
                {
                    destinationPrefixes = [AddressPrefix(containing: address, length: address.family.bitWidth)]
                }
                guard !destinationPrefixes.isEmpty else { continue }
                let source = SecurityRuleCoverage.Endpoint(prefixes: bastionPrefixes, coveringTags: sourceTags)
                let destination = SecurityRuleCoverage.Endpoint(
                    prefixes: destinationPrefixes, coveringTags: ["virtualnetwork"],
                    applicationSecurityGroups: Set(
                        config.applicationSecurityGroups.compactMap { $0.split(separator: "/").last?.asciiLowercased }))
                let subnet = design.virtualNetworks[ref.vnet].subnets[ref.subnet]
                let nsgs = [subnet.networkSecurityGroup, nic.networkSecurityGroup].compactMap { $0 }
                    .compactMap { index.networkSecurityGroup($0) }
                guard !nsgs.isEmpty,
                    !nsgs.contains(where: {
                        SecurityRuleCoverage.hasUnknownRules(design.networkSecurityGroups[$0], context)
                    })
                else { continue }
                var verdicts: [Int: [SecurityRuleCoverage.Verdict]] = [:]
                for g in nsgs {
                    verdicts[g] = Self.ports.map {
                        SecurityRuleCoverage.evaluate(
                            design.networkSecurityGroups[g].securityRules, inbound: true, port: $0, source: source,
                            destination: destination, partialDenyBlocks: true)
                    }
                }
                let anyPortPasses = Self.ports.indices.contains { p in nsgs.allSatisfy { verdicts[$0]![p].isAllowed } }
                guard !anyPortPasses else { continue }
                var culprits = nsgs.filter { g in verdicts[g]!.allSatisfy { !$0.isAllowed } }
                if culprits.isEmpty { culprits = nsgs }
                for g in culprits {
                    let key = "\(g)|\(b)"
                    let k: Int
                    if let existing = slot[key] {
                        k = existing
                    } else {
                        k = blocked.count
                        slot[key] = k
                        blocked.append(Blocked(nsg: g, bastion: b))
                    }
                    blocked[k].nics.append(nic.name)
                    blocked[k].vms.append(contentsOf: vms.map { design.virtualMachines[$0].name })
                    for verdict in verdicts[g]! {
                        if case .blocked(let rule, let priority) = verdict,
                            !blocked[k].rules.contains(where: { $0.name == rule && $0.priority == priority })
                        {
                            blocked[k].rules.append((rule, priority))
                        }
                    }
                }
            }
        }
        for entry in blocked {
            let nsg = design.networkSecurityGroups[entry.nsg]
            let bastion = design.bastionHosts[entry.bastion]
            guard let reference = bastion.subnet, let bastionRef = index.subnet(reference) else { continue }
            let prefixes = SubnetSizing.ipv4(index.subnetPrefixes[bastionRef.vnet][bastionRef.subnet])
                .map(\.description).joined(separator: ", ")
            let below = entry.rules.map(\.priority).min().map { " at a priority number below \($0)" } ?? ""
            let rules = entry.rules.map { "\($0.name) (\($0.priority))" }.joined(separator: ", ")
            findings.append(
                finding(
                    "\(nsg.name) drops SSH (22) and RDP (3389) from \(bastion.name) (\(prefixes)) to \(entry.vms.joined(separator: ", ")) at \(rules): Bastion sessions to these VMs fail. Add an inbound Allow for TCP 22/3389 from \(prefixes)\(below).",
                    resources: [nsg.name] + entry.nics + [index.subnetPath(bastionRef)], field: "securityRules"))
        }
    }

    /// The tags that contain the Bastion subnet as seen from an NSG in `target`: VirtualNetwork
    /// when it is the same VNet or a peer whose halves both allow virtual network access. Nil when
    /// Bastion cannot reach `target` at all (no peering both ways).
    static func virtualNetworkTag(from bastionVNet: Int, to target: Int, _ index: DesignIndex) -> Set<String>? {
        if bastionVNet == target { return ["virtualnetwork"] }
        guard let out = index.peering(from: target, to: bastionVNet),
            let back = index.peering(from: bastionVNet, to: target)
        else { return nil }
        let vnets = index.design.virtualNetworks
        let access =
            vnets[target].virtualNetworkPeerings[out].allowVirtualNetworkAccess
            && vnets[bastionVNet].virtualNetworkPeerings[back].allowVirtualNetworkAccess
        return access ? ["virtualnetwork"] : []
    }
}
