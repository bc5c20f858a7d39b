/// The private addresses a `VirtualAppliance` route can point at in a design, and who owns each:
/// a NIC's static private IP, an internal load balancer frontend, or an Azure Firewall (whose
/// address Azure assigns as the first usable address of `AzureFirewallSubnet`, x.x.x.4, when the
/// design does not state it).
///
/// Subnets where Azure will hand out an address the design does not pin (a dynamic NIC, a
/// frontend without an address, a value not known offline) are remembered, so route rules do not
/// call an address in them unknown.
struct ApplianceNextHops {
    enum Device: Hashable {
        case networkInterface(Int)
        case azureFirewall(Int)
        case loadBalancer(Int)
    }

    struct Owner: Hashable {
        var device: Device
        var subnet: DesignIndex.SubnetRef
        /// Path of the device: `nic-nva`, `afw-hub`, `lb-nva`.
        var path: String
        /// How a message names it: "the NIC nic-nva", "the Azure Firewall afw-hub".
        var label: String

        var vnet: Int { subnet.vnet }
    }

    private(set) var owners: [IPAddress: Owner] = [:]
    private(set) var unpinnedSubnets: Set<DesignIndex.SubnetRef> = []

    init(_ context: ValidationContext) {
        let design = context.design
        let index = context.index
        for (n, nic) in design.networkInterfaces.enumerated() {
            let uncertain = context.unknowns.hasUnknowns(resource: nic.name)
            for config in nic.ipConfigurations {
                guard let ref = index.subnet(config.subnet) else { continue }
                if !uncertain, config.privateIPAllocationMethod.equalsIgnoringCase("Static"),
                    let text = config.privateIPAddress, let address = IPAddress(text)
                {
                    record(
                        address,
                        Owner(
                            device: .networkInterface(n), subnet: ref, path: nic.name,
                            label: "the NIC \(nic.name)"))
                } else {
                    unpinnedSubnets.insert(ref)
                }
            }
        }
        for (f, firewall) in design.azureFirewalls.enumerated() {
            guard let ref = index.subnet(firewall.subnet) else { continue }
            let owner = Owner(
                device: .azureFirewall(f), subnet: ref, path: firewall.name,
                label: "the Azure Firewall \(firewall.name)")
            if context.unknowns.hasUnknowns(resource: firewall.name) { unpinnedSubnets.insert(ref) }
            if let text = firewall.privateIPAddress {
                if let address = IPAddress(text) { record(address, owner) } else { unpinnedSubnets.insert(ref) }
            } else if let prefix = index.subnetPrefixes[ref.vnet][ref.subnet].first(where: { $0.family == .v4 }) {
                record(prefix.firstUsableAddress, owner)
            }
        }
        for (l, balancer) in design.loadBalancers.enumerated() {
            let uncertain = context.unknowns.hasUnknowns(resource: balancer.name)
            for frontend in balancer.frontendIPConfigurations {
                guard let ref = index.subnet(frontend.subnet) else { continue }
                if !uncertain, let text = frontend.privateIPAddress, let address = IPAddress(text) {
                    record(
                        address,
                        Owner(
                            device: .loadBalancer(l), subnet: ref, path: balancer.name,
                            label: "the load balancer frontend \(balancer.name)/\(frontend.name)"))
                } else {
                    unpinnedSubnets.insert(ref)
                }
            }
        }
    }

    private mutating func record(_ address: IPAddress, _ owner: Owner) {
        if owners[address] == nil { owners[address] = owner }
    }

    func owner(of address: IPAddress) -> Owner? { owners[address] }

    /// The design subnet whose valid prefixes contain `address`, searched in `vnets` only.
    static func subnet(containing address: IPAddress, in vnets: [Int], _ index: DesignIndex)
        -> DesignIndex.SubnetRef?
    {
        for v in vnets {
            for (s, prefixes) in index.subnetPrefixes[v].enumerated()
            where prefixes.contains(where: {
                $0.contains(address)
            }) {
                return DesignIndex.SubnetRef(vnet: v, subnet: s)
            }
        }
        return nil
    }

    /// The design VNets whose valid address prefixes contain `address`.
    static func vnets(containing address: IPAddress, _ index: DesignIndex) -> [Int] {
        index.vnetPrefixes.indices.filter { v in index.vnetPrefixes[v].contains { $0.contains(address) } }
    }
}
