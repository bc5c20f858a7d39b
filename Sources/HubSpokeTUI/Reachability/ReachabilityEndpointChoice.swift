import HubSpokeCore

/// One thing the From and To fields complete on: a VM name, a NIC name, or an address in a
/// subnet of the design (a NIC's address, or the first usable address of a subnet without
/// NICs). Addresses come from the same resolution `hubspoke reach` uses
/// (`ReachabilityAnalyzer.endpoint`), so a dynamic NIC shows the address the analyzer assumes.
public struct ReachabilityEndpointChoice: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case virtualMachine = "VM"
        case networkInterface = "NIC"
        case address = "IP"
    }

    /// What is typed into the field.
    public var text: String
    public var kind: Kind
    /// Shown beside the text: the address of a VM or NIC, the owner of an address.
    public var detail: String

    public init(text: String, kind: Kind, detail: String) {
        self.text = text
        self.kind = kind
        self.detail = detail
    }

    /// VMs, then NICs, then addresses, in design order.
    public static func all(in design: Design) -> [ReachabilityEndpointChoice] {
        let analyzer = ReachabilityAnalyzer(design: design)
        var vms: [ReachabilityEndpointChoice] = []
        var nics: [ReachabilityEndpointChoice] = []
        var addresses: [ReachabilityEndpointChoice] = []
        var seenAddresses = Set<String>()
        // Each NIC is resolved once; a VM answers with its first NIC's address, as the resolver does.
        var nicAddresses: [Int: String] = [:]
        for (n, interface) in design.networkInterfaces.enumerated() {
            guard let endpoint = try? analyzer.endpoint(interface.name) else {
                nics.append(
                    ReachabilityEndpointChoice(text: interface.name, kind: .networkInterface, detail: "no address"))
                continue
            }
            let address = endpoint.address.description
            nicAddresses[n] = address
            nics.append(ReachabilityEndpointChoice(text: interface.name, kind: .networkInterface, detail: address))
            if seenAddresses.insert(address).inserted {
                let owner = endpoint.virtualMachine.map { design.virtualMachines[$0].name } ?? interface.name
                addresses.append(ReachabilityEndpointChoice(text: address, kind: .address, detail: owner))
            }
        }
        for machine in design.virtualMachines {
            let address = machine.networkInterfaces.first.flatMap { analyzer.index.networkInterface($0) }
                .flatMap { nicAddresses[$0] }
            vms.append(
                ReachabilityEndpointChoice(text: machine.name, kind: .virtualMachine, detail: address ?? "no address"))
        }
        for vnet in design.virtualNetworks {
            for subnet in vnet.subnets {
                guard let prefix = subnet.addressPrefixes.lazy.compactMap({ AddressPrefix($0) }).first,
                    prefix.family == .v4, prefix.length <= 29
                else { continue }
                let address = prefix.firstUsableAddress.description
                guard seenAddresses.insert(address).inserted else { continue }
                addresses.append(
                    ReachabilityEndpointChoice(
                        text: address, kind: .address,
                        detail: "first address of " + ResourcePath.child(vnet.name, .subnets, subnet.name)))
            }
        }
        return vms + nics + addresses
    }

    /// The choices whose text starts with `typed`, then those containing it elsewhere
    /// (case-insensitive); everything when nothing is typed.
    public static func matching(_ typed: String, in choices: [ReachabilityEndpointChoice])
        -> [ReachabilityEndpointChoice]
    {
        let needle = typed.trimmingWhitespace().lowercased()
        guard !needle.isEmpty else { return choices }
        let starting = choices.filter { $0.text.lowercased().hasPrefix(needle) }
        let containing = choices.filter {
            !$0.text.lowercased().hasPrefix(needle) && $0.text.lowercased().contains(needle)
        }
        return starting + containing
    }
}
