/// Turns the `--from` / `--to` text (a VM name, a NIC name or an IP address) into an endpoint.
struct EndpointResolver {
    let index: DesignIndex

    func resolve(_ text: String) throws(ReachabilityError) -> NetworkEndpoint {
        if let vm = index.virtualMachine(text) {
            let machine = index.design.virtualMachines[vm]
            guard let nicPath = machine.networkInterfaces.first, let nic = index.networkInterface(nicPath) else {
                throw .endpointWithoutAddress(text)
            }
            var endpoint = try endpoint(ofNIC: nic, named: text)
            endpoint.virtualMachine = vm
            endpoint.resource = machine.name
            return endpoint
        }
        if let nic = index.networkInterface(text) {
            var endpoint = try endpoint(ofNIC: nic, named: text)
            endpoint.virtualMachine = index.vmsByNIC[nic]?.first
            return endpoint
        }
        guard let address = IPAddress(text) else { throw .unknownEndpoint(text) }
        return endpoint(of: address)
    }

    /// The endpoint of an address: the NIC holding it when there is one, else its subnet, else
    /// just the address (on-premises or Internet).
    func endpoint(of address: IPAddress) -> NetworkEndpoint {
        guard let ref = subnet(containing: address) else {
            return NetworkEndpoint(address: address, resource: address.description)
        }
        let allocation = SubnetAddressAllocation(subnet: ref, in: index)
        if let assignment = allocation.assignment(of: address) {
            let nic = assignment.networkInterface
            let vm = index.vmsByNIC[nic]?.first
            return NetworkEndpoint(
                address: address, subnet: ref, networkInterface: nic, virtualMachine: vm,
                resource: vm.map { index.design.virtualMachines[$0].name } ?? index.design.networkInterfaces[nic].name,
                addressNote: assignment.isDynamic ? dynamicNote(ref) : nil)
        }
        return NetworkEndpoint(address: address, subnet: ref, resource: index.subnetPath(ref))
    }

    private func endpoint(ofNIC nic: Int, named text: String) throws(ReachabilityError) -> NetworkEndpoint {
        let interface = index.design.networkInterfaces[nic]
        guard let primary = interface.primaryIPConfiguration, let ref = index.subnet(primary.subnet) else {
            throw .endpointWithoutAddress(text)
        }
        let allocation = SubnetAddressAllocation(subnet: ref, in: index)
        let configuration = interface.ipConfigurations.firstIndex(of: primary) ?? 0
        guard
            let assignment = allocation.assignments.first(where: {
                $0.networkInterface == nic && $0.configuration == configuration
            })
        else { throw .endpointWithoutAddress(text) }
        return NetworkEndpoint(
            address: assignment.address, subnet: ref, networkInterface: nic, resource: interface.name,
            addressNote: assignment.isDynamic ? dynamicNote(ref) : nil)
    }

    private func dynamicNote(_ ref: DesignIndex.SubnetRef) -> String {
        "dynamic address, assumed to be the first free usable address of \(index.subnetPath(ref)) in NIC order"
    }

    /// The design VNet whose address space holds `address` (the first one, if spaces overlap).
    func virtualNetwork(containing address: IPAddress) -> Int? {
        for (v, prefixes) in index.vnetPrefixes.enumerated() where prefixes.contains(where: { $0.contains(address) }) {
            return v
        }
        return nil
    }

    func subnet(containing address: IPAddress) -> DesignIndex.SubnetRef? {
        guard let v = virtualNetwork(containing: address) else { return nil }
        return subnet(containing: address, in: v)
    }

    func subnet(containing address: IPAddress, in v: Int) -> DesignIndex.SubnetRef? {
        for (s, prefixes) in index.subnetPrefixes[v].enumerated()
        where prefixes.contains(where: { $0.contains(address) }) {
            return DesignIndex.SubnetRef(vnet: v, subnet: s)
        }
        return nil
    }
}
