/// The private addresses of the NIC IP configurations in one subnet. A dynamic configuration
/// gets an address only at deployment; to answer reachability offline, hubspoke assigns the
/// way Azure does for a fresh subnet: static addresses stay where they are, and each dynamic
/// configuration, in NIC order, takes the first free usable address (from x.x.x.4 on, skipping
/// the five addresses Azure reserves and every static one).
struct SubnetAddressAllocation: Sendable {
    struct Assignment: Hashable, Sendable {
        var networkInterface: Int
        var configuration: Int
        var address: IPAddress
        var isDynamic: Bool
    }

    var assignments: [Assignment] = []

    init(subnet ref: DesignIndex.SubnetRef, in index: DesignIndex) {
        let design = index.design
        guard
            let prefix = index.subnetPrefixes[ref.vnet][ref.subnet].first(where: { $0.family == .v4 })
                ?? index.subnetPrefixes[ref.vnet][ref.subnet].first
        else { return }
        var nics: [Int] = []
        for n in index.nicsBySubnet[ref] ?? [] where nics.last != n && !nics.contains(n) { nics.append(n) }
        var configurations: [(nic: Int, configuration: Int, config: NetworkInterfaceIPConfiguration)] = []
        for n in nics {
            for (c, config) in design.networkInterfaces[n].ipConfigurations.enumerated()
            where index.subnet(config.subnet) == ref {
                configurations.append((n, c, config))
            }
        }
        var taken = Set<IPAddress>()
        for entry in configurations {
            if let text = entry.config.privateIPAddress, let address = IPAddress(text),
                !entry.config.privateIPAllocationMethod.equalsIgnoringCase("Dynamic")
            {
                taken.insert(address)
            }
        }
        var next = prefix.firstUsableAddress
        for entry in configurations {
            let isDynamic = entry.config.privateIPAllocationMethod.equalsIgnoringCase("Dynamic")
            if !isDynamic, let text = entry.config.privateIPAddress, let address = IPAddress(text) {
                assignments.append(
                    Assignment(
                        networkInterface: entry.nic, configuration: entry.configuration, address: address,
                        isDynamic: false))
                continue
            }
            while taken.contains(next) && prefix.contains(next) && !prefix.isAzureReserved(next) {
                next = next.advanced(by: 1)
            }
            guard prefix.contains(next), !prefix.isAzureReserved(next) else { break }
            assignments.append(
                Assignment(
                    networkInterface: entry.nic, configuration: entry.configuration, address: next, isDynamic: true))
            taken.insert(next)
            next = next.advanced(by: 1)
        }
    }

    func assignment(of address: IPAddress) -> Assignment? { assignments.first { $0.address == address } }
}
