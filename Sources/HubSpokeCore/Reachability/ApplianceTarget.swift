/// What owns a `VirtualAppliance` next-hop address: a NIC (an NVA), an Azure Firewall, or an
/// internal load balancer frontend (RT-004, RT-005).
struct ApplianceTarget: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case networkInterface(Int)
        case firewall(Int)
        case loadBalancer(String)
    }

    var kind: Kind
    var subnet: DesignIndex.SubnetRef
    var name: String

    /// The owner of `address`, looked up in the subnet that contains it.
    static func owning(_ address: IPAddress, in index: DesignIndex) -> ApplianceTarget? {
        let resolver = EndpointResolver(index: index)
        guard let ref = resolver.subnet(containing: address) else { return nil }
        let design = index.design
        for f in index.firewallsByVNet[ref.vnet] ?? [] {
            let firewall = design.azureFirewalls[f]
            guard index.subnet(firewall.subnet) == ref, firewallAddress(f, in: index) == address else { continue }
            return ApplianceTarget(kind: .firewall(f), subnet: ref, name: firewall.name)
        }
        if let assignment = SubnetAddressAllocation(subnet: ref, in: index).assignment(of: address) {
            let nic = assignment.networkInterface
            return ApplianceTarget(
                kind: .networkInterface(nic), subnet: ref, name: design.networkInterfaces[nic].name)
        }
        for balancer in design.loadBalancers {
            for frontend in balancer.frontendIPConfigurations
            where index.subnet(frontend.subnet) == ref
                && frontend.privateIPAddress.flatMap({ IPAddress($0) }) == address
            {
                return ApplianceTarget(kind: .loadBalancer(balancer.name), subnet: ref, name: balancer.name)
            }
        }
        return nil
    }

    /// The firewall's private address: as stated, or the first usable address of its subnet,
    /// which is what Azure assigns (x.x.x.4).
    static func firewallAddress(_ f: Int, in index: DesignIndex) -> IPAddress? {
        let firewall = index.design.azureFirewalls[f]
        if let text = firewall.privateIPAddress, let address = IPAddress(text) { return address }
        guard let ref = index.subnet(firewall.subnet) else { return nil }
        return index.subnetPrefixes[ref.vnet][ref.subnet].first?.firstUsableAddress
    }
}
