import HubSpokeCore

/// The rows of the topology tree: hubs first, each VNet with its subnets, peerings, gateway,
/// firewall, Bastion and VMs, then NSGs and route tables.
///
/// Rows hold array indices, not text: labels, details and paths are made only for the rows on
/// screen (see `describe`), so a 1,000-VNet design costs an index pass, not 15,000 strings.
/// The outline changes only when resources are added or removed; a field edit keeps it.
public struct TopologyOutline: Sendable {
    public enum Kind: Hashable, Sendable {
        case heading, hub, spoke, subnet, peering, gateway, firewall, bastion, virtualMachine
        case securityGroup, routeTable
    }

    public enum Entry: Hashable, Sendable {
        case virtualNetwork(Int)
        case subnet(Int, Int)
        case peering(Int, Int)
        case gateway(Int)
        case firewall(Int)
        case bastion(Int)
        case machine(Int)
        case securityGroupsHeading
        case securityGroup(Int)
        case routeTablesHeading
        case routeTable(Int)
    }

    public struct Row: Hashable, Sendable {
        public var entry: Entry
        public var depth: Int
        /// Row index of the parent row, for keeping parents of filter matches.
        public var parent: Int?
    }

    /// What a row shows.
    public struct Description: Hashable, Sendable {
        public var kind: Kind
        public var label: String
        public var detail: String
        /// The resource path (nil for headings).
        public var path: String?
    }

    public private(set) var rows: [Row] = []
    private var rowByEntry: [Entry: Int] = [:]
    private var hubs: Set<Int> = []

    public init(design: Design, filter: String = "") {
        var all: [Row] = []
        let roles = TopologyRoles(design)
        hubs = roles.hubs
        let order =
            design.virtualNetworks.indices.filter { roles.isHub($0) }
            + design.virtualNetworks.indices.filter { !roles.isHub($0) }
        let services = ServicePlacement(design)
        all.reserveCapacity(design.virtualNetworks.count * 4)
        for v in order {
            let vnet = design.virtualNetworks[v]
            let vnetRow = all.count
            all.append(Row(entry: .virtualNetwork(v), depth: 0, parent: nil))
            for s in vnet.subnets.indices { all.append(Row(entry: .subnet(v, s), depth: 1, parent: vnetRow)) }
            for p in vnet.virtualNetworkPeerings.indices {
                all.append(Row(entry: .peering(v, p), depth: 1, parent: vnetRow))
            }
            let key = vnet.name.asciiLowercased
            for g in services.gateways[key, default: []] {
                all.append(Row(entry: .gateway(g), depth: 1, parent: vnetRow))
            }
            for f in services.firewalls[key, default: []] {
                all.append(Row(entry: .firewall(f), depth: 1, parent: vnetRow))
            }
            for b in services.bastions[key, default: []] {
                all.append(Row(entry: .bastion(b), depth: 1, parent: vnetRow))
            }
            for m in services.machines[key, default: []] {
                all.append(Row(entry: .machine(m), depth: 1, parent: vnetRow))
            }
        }
        if !design.networkSecurityGroups.isEmpty {
            let heading = all.count
            all.append(Row(entry: .securityGroupsHeading, depth: 0, parent: nil))
            for n in design.networkSecurityGroups.indices {
                all.append(Row(entry: .securityGroup(n), depth: 1, parent: heading))
            }
        }
        if !design.routeTables.isEmpty {
            let heading = all.count
            all.append(Row(entry: .routeTablesHeading, depth: 0, parent: nil))
            for t in design.routeTables.indices { all.append(Row(entry: .routeTable(t), depth: 1, parent: heading)) }
        }
        if filter.isEmpty {
            rows = all
        } else {
            let needle = filter.lowercased()
            var keep = [Bool](repeating: false, count: all.count)
            for (i, row) in all.enumerated() {
                let description = TopologyOutline.describe(row.entry, in: design, hubs: hubs)
                guard
                    description.label.lowercased().contains(needle) || description.detail.lowercased().contains(needle)
                else { continue }
                keep[i] = true
                var parent = row.parent
                while let p = parent, !keep[p] {
                    keep[p] = true
                    parent = all[p].parent
                }
            }
            var remapped: [Int: Int] = [:]
            for i in all.indices where keep[i] {
                var row = all[i]
                row.parent = row.parent.flatMap { remapped[$0] }
                remapped[i] = rows.count
                rows.append(row)
            }
        }
        rowByEntry.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() { rowByEntry[row.entry] = i }
    }

    /// The row showing the resource at `path`; a security rule or route maps to its NSG or
    /// route table row.
    public func index(of path: String, in design: Design) -> Int? {
        guard let location = ResourceLocation(path, in: design) else { return nil }
        let entry: Entry
        switch location {
        case .virtualNetwork(let v): entry = .virtualNetwork(v)
        case .subnet(let v, let s): entry = .subnet(v, s)
        case .peering(let v, let p): entry = .peering(v, p)
        case .virtualNetworkGateway(let g): entry = .gateway(g)
        case .azureFirewall(let f): entry = .firewall(f)
        case .bastionHost(let b): entry = .bastion(b)
        case .virtualMachine(let m): entry = .machine(m)
        case .networkSecurityGroup(let n), .securityRule(let n, _): entry = .securityGroup(n)
        case .routeTable(let t), .route(let t, _): entry = .routeTable(t)
        case .networkInterface, .publicIPAddress: return nil
        }
        return rowByEntry[entry]
    }

    /// The first row with a resource (headings cannot be selected).
    public var firstSelectable: Int? { rows.firstIndex { !$0.isHeading } }

    public func path(ofRow index: Int, in design: Design) -> String? {
        TopologyOutline.describe(rows[index].entry, in: design, hubs: hubs).path
    }

    public func describe(row index: Int, in design: Design) -> Description {
        TopologyOutline.describe(rows[index].entry, in: design, hubs: hubs)
    }

    static func describe(_ entry: Entry, in design: Design, hubs: Set<Int>) -> Description {
        switch entry {
        case .virtualNetwork(let v):
            let vnet = design.virtualNetworks[v]
            return Description(
                kind: hubs.contains(v) ? .hub : .spoke, label: vnet.name,
                detail: vnet.addressPrefixes.joined(separator: ", "), path: vnet.name)
        case .subnet(let v, let s):
            let vnet = design.virtualNetworks[v]
            let subnet = vnet.subnets[s]
            var detail = subnet.addressPrefixes.joined(separator: ", ")
            if let nsg = subnet.networkSecurityGroup { detail += "  nsg:\(nsg)" }
            if let table = subnet.routeTable { detail += "  rt:\(table)" }
            return Description(
                kind: .subnet, label: subnet.name, detail: detail,
                path: ResourcePath.child(vnet.name, .subnets, subnet.name))
        case .peering(let v, let p):
            let vnet = design.virtualNetworks[v]
            let peering = vnet.virtualNetworkPeerings[p]
            return Description(
                kind: .peering, label: peering.name,
                detail: "→ \(peering.remoteVirtualNetwork)  \(PeeringFlags.letters(peering))",
                path: ResourcePath.child(vnet.name, .virtualNetworkPeerings, peering.name))
        case .gateway(let g):
            let gateway = design.virtualNetworkGateways[g]
            return Description(
                kind: .gateway, label: gateway.name, detail: "\(gateway.gatewayType) \(gateway.sku)", path: gateway.name
            )
        case .firewall(let f):
            let firewall = design.azureFirewalls[f]
            return Description(
                kind: .firewall, label: firewall.name,
                detail: "Firewall \(firewall.skuTier)" + (firewall.privateIPAddress.map { " \($0)" } ?? ""),
                path: firewall.name)
        case .bastion(let b):
            let bastion = design.bastionHosts[b]
            return Description(
                kind: .bastion, label: bastion.name, detail: "Bastion \(bastion.sku)", path: bastion.name)
        case .machine(let m):
            let machine = design.virtualMachines[m]
            let address = machine.networkInterfaces.first.flatMap { name in
                design.networkInterfaces.first { $0.name.equalsIgnoringCase(name) }?.ipConfigurations.first?
                    .privateIPAddress
            }
            return Description(
                kind: .virtualMachine, label: machine.name,
                detail: [machine.vmSize, address].compactMap { $0 }.joined(separator: " "), path: machine.name)
        case .securityGroupsHeading:
            return Description(kind: .heading, label: "Network security groups", detail: "", path: nil)
        case .securityGroup(let n):
            let nsg = design.networkSecurityGroups[n]
            return Description(
                kind: .securityGroup, label: nsg.name, detail: "\(nsg.securityRules.count) rules", path: nsg.name)
        case .routeTablesHeading:
            return Description(kind: .heading, label: "Route tables", detail: "", path: nil)
        case .routeTable(let t):
            let table = design.routeTables[t]
            return Description(
                kind: .routeTable, label: table.name, detail: "\(table.routes.count) routes", path: table.name)
        }
    }
}

extension TopologyOutline.Row {
    public var isHeading: Bool {
        switch entry {
        case .securityGroupsHeading, .routeTablesHeading: true
        default: false
        }
    }
}
