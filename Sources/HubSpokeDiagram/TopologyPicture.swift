import HubSpokeCore

/// What a picture of a design shows, worked out once for every output format: each VNet with
/// its role, prefixes, subnets and hub services; each peering as one edge holding both halves'
/// flags; the worst unsuppressed finding on every node, subnet, service and peering half; and
/// the ``DiagramLayout`` that places them.
public struct TopologyPicture: Hashable, Sendable {
    public enum Role: String, Hashable, Sendable {
        /// A hub (see ``TopologyRoles``), in the middle band.
        case hub
        /// Peered with something.
        case spoke
        /// Peered with nothing.
        case standalone
    }

    /// A gateway, firewall, Bastion host or Route Server drawn inside its VNet.
    public struct Service: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable {
            case gateway, firewall, bastion, routeServer

            /// The short tag the pictures print before the service's name.
            public var tag: String {
                switch self {
                case .gateway: "GW"
                case .firewall: "FW"
                case .bastion: "BAS"
                case .routeServer: "RS"
                }
            }
        }

        public var kind: Kind
        public var name: String
        /// Type and SKU, or private IP: what a reviewer checks first.
        public var detail: String
        public var severity: Severity?

        /// `FW afw-hub 10.0.1.4`.
        public var label: String { [kind.tag, name, detail].filter { !$0.isEmpty }.joined(separator: " ") }
    }

    public struct SubnetLine: Hashable, Sendable {
        public var name: String
        public var addressPrefixes: [String]
        /// Worst finding on the subnet, its NSG, its route table or the NICs and VMs in it.
        public var severity: Severity?

        /// `snet-app 10.1.1.0/24`.
        public var label: String { ([name] + addressPrefixes).joined(separator: " ") }
    }

    public struct Node: Hashable, Sendable {
        /// Index in `design.virtualNetworks`.
        public var index: Int
        public var name: String
        public var addressPrefixes: [String]
        public var role: Role
        public var subnets: [SubnetLine]
        public var services: [Service]
        /// Worst finding naming the VNet itself.
        public var severity: Severity?

        /// The worst marker anywhere in the box (VNet, subnets, services).
        public var worstInside: Severity? {
            ([severity] + subnets.map(\.severity) + services.map(\.severity)).compactMap { $0 }.max()
        }

        /// What every format prints in the VNet's box, top to bottom.
        public var lines: [BoxLine] {
            [
                BoxLine(kind: .name, text: name, severity: severity),
                BoxLine(
                    kind: .prefixes, text: (role == .hub ? "hub " : "") + addressPrefixes.joined(separator: ", "),
                    severity: nil),
            ] + subnets.map { BoxLine(kind: .subnet, text: $0.label, severity: $0.severity) }
                + services.map { BoxLine(kind: .service, text: $0.label, severity: $0.severity) }
        }
    }

    /// One line of a VNet's box.
    public struct BoxLine: Hashable, Sendable {
        public enum Kind: Hashable, Sendable { case name, prefixes, subnet, service }

        public var kind: Kind
        public var text: String
        public var severity: Severity?

        /// The text after its finding marker (`▲ PrimarySubnet 10.30.10.0/24`).
        public var markedText: String { (severity.map { $0.marker + " " } ?? "") + text }
    }

    /// One peering half as the owning VNet declares it.
    public struct Half: Hashable, Sendable {
        public var name: String
        /// ``VirtualNetworkPeering/flagLetters``, such as `AF-R`.
        public var flags: String
        public var severity: Severity?
    }

    public struct Edge: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable {
            /// Between a group's hub and one of its spokes: drawn on the bus.
            case hubToSpoke
            /// Between two VNets in the middle band.
            case hubToHub
            /// Any other peering (spoke to spoke, spoke to another group's hub).
            case other
        }

        /// The hub-side VNet (or the lower index when neither or both are hubs).
        public var from: Int
        public var to: Int
        public var kind: Kind
        /// The half `from` declares, nil when it is missing.
        public var fromHalf: Half?
        /// The half `to` declares, nil when it is missing.
        public var toHalf: Half?

        /// Azure connects a peering only when both halves exist; one half alone stays Initiated.
        public var isConnected: Bool { fromHalf != nil && toHalf != nil }
        public var severity: Severity? { [fromHalf?.severity, toHalf?.severity].compactMap { $0 }.max() }
        /// `AFG- / AF-R`: the `from` half first; `none` for a missing half (as in the terminal).
        public var label: String { "\(fromHalf?.flags ?? "none") / \(toHalf?.flags ?? "none")" }
    }

    /// One node per VNet, in design order (`nodes[i]` is `design.virtualNetworks[i]`).
    public private(set) var nodes: [Node] = []
    public private(set) var edges: [Edge] = []
    public let layout: DiagramLayout

    /// - Parameter findings: the validator's findings; suppressed ones are not marked.
    public init(design: Design, findings: [Finding] = []) {
        let marks = FindingMarks(findings)
        let roles = TopologyRoles(design)
        let layout = DiagramLayout(design: design, roles: roles)
        self.layout = layout
        let middle = Set(layout.groups.map(\.hub))
        var groupOf: [Int: Int] = [:]
        for (g, group) in layout.groups.enumerated() {
            for member in [group.hub] + group.above + group.below { groupOf[member] = g }
        }
        var indexByName: [String: Int] = [:]
        for (i, vnet) in design.virtualNetworks.enumerated() where indexByName[vnet.name.asciiLowercased] == nil {
            indexByName[vnet.name.asciiLowercased] = i
        }

        var edgeByPair: [[Int]: Int] = [:]
        var peered = Set<Int>()
        for (owner, vnet) in design.virtualNetworks.enumerated() {
            for peering in vnet.virtualNetworkPeerings {
                guard let remote = indexByName[peering.remoteVirtualNetwork.asciiLowercased], remote != owner else {
                    continue
                }
                peered.formUnion([owner, remote])
                let half = Half(
                    name: peering.name, flags: peering.flagLetters,
                    severity: marks.exact(ResourcePath.child(vnet.name, .virtualNetworkPeerings, peering.name)))
                let pair = [min(owner, remote), max(owner, remote)]
                if let existing = edgeByPair[pair] {
                    if edges[existing].from == owner {
                        if edges[existing].fromHalf == nil { edges[existing].fromHalf = half }
                    } else if edges[existing].toHalf == nil {
                        edges[existing].toHalf = half
                    }
                    continue
                }
                let ownerInMiddle = middle.contains(owner)
                let remoteInMiddle = middle.contains(remote)
                let from = ownerInMiddle != remoteInMiddle ? (ownerInMiddle ? owner : remote) : pair[0]
                let to = from == owner ? remote : owner
                let kind: Edge.Kind =
                    if ownerInMiddle && remoteInMiddle {
                        .hubToHub
                    } else if middle.contains(from), groupOf[to] != nil, layout.groups[groupOf[to]!].hub == from {
                        .hubToSpoke
                    } else {
                        .other
                    }
                edgeByPair[pair] = edges.count
                edges.append(
                    Edge(
                        from: from, to: to, kind: kind, fromHalf: from == owner ? half : nil,
                        toHalf: from == owner ? nil : half))
            }
        }

        let services = ServicePlacement(design)
        var subnetNICs: [String: [String]] = [:]
        var nicMachines: [String: [String]] = [:]
        for machine in design.virtualMachines {
            for nic in machine.networkInterfaces { nicMachines[nic.asciiLowercased, default: []].append(machine.name) }
        }
        var nicSecurityGroup: [String: String] = [:]
        for nic in design.networkInterfaces {
            nicSecurityGroup[nic.name.asciiLowercased] = nic.networkSecurityGroup
            for configuration in nic.ipConfigurations {
                subnetNICs[configuration.subnet.asciiLowercased, default: []].append(nic.name)
            }
        }
        nodes = design.virtualNetworks.enumerated().map { i, vnet in
            let subnets = vnet.subnets.map { subnet in
                let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                var related = [subnet.networkSecurityGroup, subnet.routeTable].compactMap { $0 }
                for nic in subnetNICs[path.asciiLowercased] ?? [] {
                    related.append(nic)
                    related += nicMachines[nic.asciiLowercased] ?? []
                    if let nsg = nicSecurityGroup[nic.asciiLowercased] { related.append(nsg) }
                }
                let severity = ([marks.exact(path)] + related.map(marks.family)).compactMap { $0 }.max()
                return SubnetLine(name: subnet.name, addressPrefixes: subnet.addressPrefixes, severity: severity)
            }
            let key = vnet.name.asciiLowercased
            var placed: [Service] = []
            for g in services.gateways[key, default: []] {
                let gateway = design.virtualNetworkGateways[g]
                placed.append(
                    Service(
                        kind: .gateway, name: gateway.name, detail: "\(gateway.gatewayType) \(gateway.sku)",
                        severity: marks.family(gateway.name)))
            }
            for f in services.firewalls[key, default: []] {
                let firewall = design.azureFirewalls[f]
                placed.append(
                    Service(
                        kind: .firewall, name: firewall.name, detail: firewall.privateIPAddress ?? firewall.skuTier,
                        severity: marks.family(firewall.name)))
            }
            for b in services.bastions[key, default: []] {
                let bastion = design.bastionHosts[b]
                placed.append(
                    Service(
                        kind: .bastion, name: bastion.name, detail: bastion.sku, severity: marks.family(bastion.name)))
            }
            for r in services.routeServers[key, default: []] {
                let routeServer = design.routeServers[r]
                placed.append(
                    Service(
                        kind: .routeServer, name: routeServer.name, detail: "", severity: marks.family(routeServer.name)
                    ))
            }
            // The VNet standing in the middle of a design without hubs is drawn there, not called a hub.
            let role: Role = roles.isHub(i) ? .hub : (peered.contains(i) ? .spoke : .standalone)
            return Node(
                index: i, name: vnet.name, addressPrefixes: vnet.addressPrefixes, role: role, subnets: subnets,
                services: placed, severity: marks.exact(vnet.name))
        }
    }
}
