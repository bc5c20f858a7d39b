import HubSpokeCore

/// Where a resource path points inside a ``Design``: array indices, so an edit can change the
/// value in place. Resolved by name, case-insensitively, as paths are on input.
public enum ResourceLocation: Hashable, Sendable {
    case virtualNetwork(Int)
    case subnet(Int, Int)
    case peering(Int, Int)
    case networkSecurityGroup(Int)
    case securityRule(Int, Int)
    case routeTable(Int)
    case route(Int, Int)
    case virtualNetworkGateway(Int)
    case azureFirewall(Int)
    case bastionHost(Int)
    case networkInterface(Int)
    case virtualMachine(Int)
    case publicIPAddress(Int)

    /// Resolves `path` in `design`; nil when nothing has that name.
    public init?(_ path: String, in design: Design) {
        guard let parsed = ResourcePath(parsing: path) else { return nil }
        let name = parsed.name
        func find<T>(_ items: [T], _ key: (T) -> String) -> Int? {
            items.firstIndex { key($0).equalsIgnoringCase(name) }
        }
        if let kind = parsed.childKind, let child = parsed.childName {
            switch kind {
            case .subnets:
                guard let v = find(design.virtualNetworks, \.name),
                    let s = design.virtualNetworks[v].subnets.firstIndex(where: { $0.name.equalsIgnoringCase(child) })
                else { return nil }
                self = .subnet(v, s)
            case .virtualNetworkPeerings:
                guard let v = find(design.virtualNetworks, \.name),
                    let p = design.virtualNetworks[v].virtualNetworkPeerings.firstIndex(where: {
                        $0.name.equalsIgnoringCase(child)
                    })
                else { return nil }
                self = .peering(v, p)
            case .securityRules:
                guard let n = find(design.networkSecurityGroups, \.name),
                    let r = design.networkSecurityGroups[n].securityRules.firstIndex(where: {
                        $0.name.equalsIgnoringCase(child)
                    })
                else { return nil }
                self = .securityRule(n, r)
            case .routes:
                guard let t = find(design.routeTables, \.name),
                    let r = design.routeTables[t].routes.firstIndex(where: { $0.name.equalsIgnoringCase(child) })
                else { return nil }
                self = .route(t, r)
            case .ruleCollectionGroups:
                return nil
            }
            return
        }
        if let i = find(design.virtualNetworks, \.name) {
            self = .virtualNetwork(i)
        } else if let i = find(design.networkSecurityGroups, \.name) {
            self = .networkSecurityGroup(i)
        } else if let i = find(design.routeTables, \.name) {
            self = .routeTable(i)
        } else if let i = find(design.virtualNetworkGateways, \.name) {
            self = .virtualNetworkGateway(i)
        } else if let i = find(design.azureFirewalls, \.name) {
            self = .azureFirewall(i)
        } else if let i = find(design.bastionHosts, \.name) {
            self = .bastionHost(i)
        } else if let i = find(design.virtualMachines, \.name) {
            self = .virtualMachine(i)
        } else if let i = find(design.networkInterfaces, \.name) {
            self = .networkInterface(i)
        } else if let i = find(design.publicIPAddresses, \.name) {
            self = .publicIPAddress(i)
        } else {
            return nil
        }
    }

    /// The canonical path (names as declared) of this location.
    public func path(in design: Design) -> String {
        switch self {
        case .virtualNetwork(let v): design.virtualNetworks[v].name
        case .subnet(let v, let s):
            ResourcePath.child(design.virtualNetworks[v].name, .subnets, design.virtualNetworks[v].subnets[s].name)
        case .peering(let v, let p):
            ResourcePath.child(
                design.virtualNetworks[v].name, .virtualNetworkPeerings,
                design.virtualNetworks[v].virtualNetworkPeerings[p].name)
        case .networkSecurityGroup(let n): design.networkSecurityGroups[n].name
        case .securityRule(let n, let r):
            ResourcePath.child(
                design.networkSecurityGroups[n].name, .securityRules,
                design.networkSecurityGroups[n].securityRules[r].name)
        case .routeTable(let t): design.routeTables[t].name
        case .route(let t, let r):
            ResourcePath.child(design.routeTables[t].name, .routes, design.routeTables[t].routes[r].name)
        case .virtualNetworkGateway(let i): design.virtualNetworkGateways[i].name
        case .azureFirewall(let i): design.azureFirewalls[i].name
        case .bastionHost(let i): design.bastionHosts[i].name
        case .networkInterface(let i): design.networkInterfaces[i].name
        case .virtualMachine(let i): design.virtualMachines[i].name
        case .publicIPAddress(let i): design.publicIPAddresses[i].name
        }
    }

    /// A short kind name for titles and prompts.
    public var kindName: String {
        switch self {
        case .virtualNetwork: "virtual network"
        case .subnet: "subnet"
        case .peering: "peering"
        case .networkSecurityGroup: "network security group"
        case .securityRule: "security rule"
        case .routeTable: "route table"
        case .route: "route"
        case .virtualNetworkGateway: "virtual network gateway"
        case .azureFirewall: "Azure Firewall"
        case .bastionHost: "Bastion host"
        case .networkInterface: "network interface"
        case .virtualMachine: "virtual machine"
        case .publicIPAddress: "public IP address"
        }
    }
}
