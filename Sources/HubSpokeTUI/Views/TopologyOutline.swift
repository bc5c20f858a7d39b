import HubSpokeCore

/// The rows of the topology tree for one design and filter: hubs first, each VNet with its
/// subnets, peerings, gateway, firewall, Bastion and VMs, then NSGs and route tables with their
/// rules and routes. Built once per design change (linear in the number of resources); the
/// view draws only the visible slice.
public struct TopologyOutline: Sendable {
    public enum Kind: Hashable, Sendable {
        case heading, hub, spoke, subnet, peering, gateway, firewall, bastion, virtualMachine
        case securityGroup, securityRule, routeTable, route
    }

    public struct Row: Hashable, Sendable {
        public var depth: Int
        public var kind: Kind
        public var label: String
        public var detail: String
        /// The resource path (nil for headings).
        public var path: String?
        /// Row index of the parent row, for keeping parents of filter matches.
        public var parent: Int?
    }

    public private(set) var rows: [Row] = []
    private var indexByPath: [String: Int] = [:]

    public init(design: Design, filter: String = "") {
        var all: [Row] = []
        let roles = TopologyRoles(design)
        let order =
            design.virtualNetworks.indices.filter { roles.isHub($0) }
            + design.virtualNetworks.indices.filter { !roles.isHub($0) }
        let services = ServicePlacement(design)
        for v in order {
            let vnet = design.virtualNetworks[v]
            let vnetRow = all.count
            all.append(
                Row(
                    depth: 0, kind: roles.isHub(v) ? .hub : .spoke, label: vnet.name,
                    detail: vnet.addressPrefixes.joined(separator: ", "), path: vnet.name, parent: nil))
            for subnet in vnet.subnets {
                var detail = subnet.addressPrefixes.joined(separator: ", ")
                if let nsg = subnet.networkSecurityGroup { detail += "  nsg:\(nsg)" }
                if let table = subnet.routeTable { detail += "  rt:\(table)" }
                all.append(
                    Row(
                        depth: 1, kind: .subnet, label: subnet.name, detail: detail,
                        path: ResourcePath.child(vnet.name, .subnets, subnet.name), parent: vnetRow))
            }
            for peering in vnet.virtualNetworkPeerings {
                all.append(
                    Row(
                        depth: 1, kind: .peering, label: peering.name,
                        detail: "→ \(peering.remoteVirtualNetwork)  \(PeeringFlags.letters(peering))",
                        path: ResourcePath.child(vnet.name, .virtualNetworkPeerings, peering.name), parent: vnetRow))
            }
            let key = vnet.name.asciiLowercased
            for g in services.gateways[key, default: []] {
                let gateway = design.virtualNetworkGateways[g]
                all.append(
                    Row(
                        depth: 1, kind: .gateway, label: gateway.name, detail: "\(gateway.gatewayType) \(gateway.sku)",
                        path: gateway.name, parent: vnetRow))
            }
            for f in services.firewalls[key, default: []] {
                let firewall = design.azureFirewalls[f]
                all.append(
                    Row(
                        depth: 1, kind: .firewall, label: firewall.name,
                        detail: "Firewall \(firewall.skuTier)" + (firewall.privateIPAddress.map { " \($0)" } ?? ""),
                        path: firewall.name, parent: vnetRow))
            }
            for b in services.bastions[key, default: []] {
                let bastion = design.bastionHosts[b]
                all.append(
                    Row(depth: 1, kind: .bastion, label: bastion.name, detail: "Bastion \(bastion.sku)", path: bastion.name, parent: vnetRow))
            }
            for (m, address) in services.machines[key, default: []] {
                let machine = design.virtualMachines[m]
                all.append(
                    Row(
                        depth: 1, kind: .virtualMachine, label: machine.name,
                        detail: [machine.vmSize, address].compactMap { $0 }.joined(separator: " "), path: machine.name,
                        parent: vnetRow))
            }
        }
        if !design.networkSecurityGroups.isEmpty {
            let heading = all.count
            all.append(Row(depth: 0, kind: .heading, label: "Network security groups", detail: "", path: nil, parent: nil))
            for nsg in design.networkSecurityGroups {
                let nsgRow = all.count
                all.append(
                    Row(
                        depth: 1, kind: .securityGroup, label: nsg.name, detail: "\(nsg.securityRules.count) rules",
                        path: nsg.name, parent: heading))
                for rule in nsg.securityRules.sorted(by: { $0.priority < $1.priority }) {
                    all.append(
                        Row(
                            depth: 2, kind: .securityRule, label: rule.name,
                            detail: "\(rule.priority) \(rule.direction) \(rule.access) \(rule.protocol)",
                            path: ResourcePath.child(nsg.name, .securityRules, rule.name), parent: nsgRow))
                }
            }
        }
        if !design.routeTables.isEmpty {
            let heading = all.count
            all.append(Row(depth: 0, kind: .heading, label: "Route tables", detail: "", path: nil, parent: nil))
            for table in design.routeTables {
                let tableRow = all.count
                all.append(
                    Row(
                        depth: 1, kind: .routeTable, label: table.name, detail: "\(table.routes.count) routes",
                        path: table.name, parent: heading))
                for route in table.routes {
                    all.append(
                        Row(
                            depth: 2, kind: .route, label: route.name,
                            detail: "\(route.addressPrefix) → \(route.nextHopType)"
                                + (route.nextHopIpAddress.map { " \($0)" } ?? ""),
                            path: ResourcePath.child(table.name, .routes, route.name), parent: tableRow))
                }
            }
        }
        if filter.isEmpty {
            rows = all
        } else {
            let needle = filter.lowercased()
            var keep = [Bool](repeating: false, count: all.count)
            for (i, row) in all.enumerated()
            where row.label.lowercased().contains(needle) || row.detail.lowercased().contains(needle) {
                keep[i] = true
                var parent = row.parent
                while let p = parent, !keep[p] {
                    keep[p] = true
                    parent = all[p].parent
                }
            }
            rows = all.indices.filter { keep[$0] }.map { all[$0] }
        }
        for (i, row) in rows.enumerated() {
            if let path = row.path { indexByPath[path.asciiLowercased] = i }
        }
    }

    /// The row showing `path`, if it is in the outline.
    public func index(of path: String) -> Int? { indexByPath[path.asciiLowercased] }

    /// The first row with a resource path (headings cannot be selected).
    public var firstSelectable: Int? { rows.firstIndex { $0.path != nil } }
}

/// Which VNet each gateway, firewall, Bastion host and VM sits in, found through their subnet
/// paths (`vnet/subnets/...`) and NICs.
struct ServicePlacement {
    var gateways: [String: [Int]] = [:]
    var firewalls: [String: [Int]] = [:]
    var bastions: [String: [Int]] = [:]
    var machines: [String: [(Int, String?)]] = [:]

    init(_ design: Design) {
        func vnetKey(_ subnetPath: String?) -> String? {
            guard let subnetPath, let path = ResourcePath(parsing: subnetPath) else { return nil }
            return path.name.asciiLowercased
        }
        for (i, gateway) in design.virtualNetworkGateways.enumerated() {
            if let key = vnetKey(gateway.subnet) { gateways[key, default: []].append(i) }
        }
        for (i, firewall) in design.azureFirewalls.enumerated() {
            if let key = vnetKey(firewall.subnet) { firewalls[key, default: []].append(i) }
        }
        for (i, bastion) in design.bastionHosts.enumerated() {
            if let key = vnetKey(bastion.subnet) ?? bastion.virtualNetwork?.asciiLowercased {
                bastions[key, default: []].append(i)
            }
        }
        var nicPlacement: [String: (String, String?)] = [:]
        for nic in design.networkInterfaces {
            if let configuration = nic.ipConfigurations.first, let key = vnetKey(configuration.subnet) {
                nicPlacement[nic.name.asciiLowercased] = (key, configuration.privateIPAddress)
            }
        }
        for (i, machine) in design.virtualMachines.enumerated() {
            if let first = machine.networkInterfaces.first, let (key, address) = nicPlacement[first.asciiLowercased] {
                machines[key, default: []].append((i, address))
            }
        }
    }
}
