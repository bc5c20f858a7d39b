/// NSGs, route tables, routes, peerings, NICs, public IPs and the other Microsoft.Network
/// resources the design holds share one naming rule (1–80 characters), and a top-level name is
/// unique per type within its resource group. Security rule names are NSG-003's, route and
/// peering name uniqueness RT-008's and PEER-002/PEER-019's, VNets, subnets and gateways REF-001,
/// REF-002 and REF-004's.
struct NetworkResourceNames: Rule {
    static let id = "REF-003"
    static let severity: Severity = .error
    static let title = "Invalid or repeated network resource name"
    static let help =
        "Names of NSGs, route tables, routes, peerings, NICs, public IPs, firewalls, firewall policies, Bastion "
        + "hosts, local network gateways, connections, application security groups, load balancers and Route "
        + "Servers have 1 to 80 characters: letters, digits, '_', '.' and '-', starting with a letter or digit and "
        + "ending with a letter, digit or '_'. Top-level names are unique per type within a resource group."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftnetwork"

    init() {}

    /// A name to check; the path is built only for a finding.
    private struct Named {
        var name: String
        var placement: Placement
        var parent: (name: String, kind: ResourcePath.ChildKind)? = nil

        var path: String { parent.map { ResourcePath.child($0.name, $0.kind, name) } ?? name }
    }

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let d = context.design
        func top<T>(_ items: [T], _ name: (T) -> String, _ placement: (T) -> Placement) -> [Named] {
            items.map { Named(name: name($0), placement: placement($0)) }
        }
        let topLevel: [(kind: String, items: [Named])] = [
            ("Network security group", top(d.networkSecurityGroups, \.name, \.placement)),
            ("Route table", top(d.routeTables, \.name, \.placement)),
            ("Network interface", top(d.networkInterfaces, \.name, \.placement)),
            ("Public IP address", top(d.publicIPAddresses, \.name, \.placement)),
            ("Application security group", top(d.applicationSecurityGroups, \.name, \.placement)),
            ("Local network gateway", top(d.localNetworkGateways, \.name, \.placement)),
            ("Connection", top(d.connections, \.name, \.placement)),
            ("Azure Firewall", top(d.azureFirewalls, \.name, \.placement)),
            ("Firewall policy", top(d.firewallPolicies, \.name, \.placement)),
            ("Bastion host", top(d.bastionHosts, \.name, \.placement)),
            ("Route Server", top(d.routeServers, \.name, \.placement)),
            ("Load balancer", top(d.loadBalancers, \.name, \.placement)),
        ]
        var children: [(kind: String, items: [Named])] = []
        children.append(
            (
                "Route",
                d.routeTables.flatMap { table in
                    table.routes.map {
                        Named(name: $0.name, placement: table.placement, parent: (table.name, .routes))
                    }
                }
            ))
        children.append(
            (
                "Peering",
                d.virtualNetworks.flatMap { vnet in
                    vnet.virtualNetworkPeerings.map {
                        Named(name: $0.name, placement: vnet.placement, parent: (vnet.name, .virtualNetworkPeerings))
                    }
                }
            ))
        children.append(
            (
                "Rule collection group",
                d.firewallPolicies.flatMap { policy in
                    policy.ruleCollectionGroups.map {
                        Named(name: $0.name, placement: policy.placement, parent: (policy.name, .ruleCollectionGroups))
                    }
                }
            ))
        for (kind, items) in topLevel + children {
            for item in items {
                guard let problem = NetworkResourceName.problem(item.name, length: 1...80) else { continue }
                findings.append(
                    finding(
                        "\(kind) name '\(item.name)' \(problem): Azure rejects it. \(NetworkResourceName.advice)",
                        resources: [item.path], field: "name"))
            }
        }
        for (kind, items) in topLevel {
            for i in NetworkResourceName.repeats(items.map { ($0.name, $0.placement.resourceGroup ?? "") }) {
                findings.append(
                    finding(
                        "\(kind) \(items[i].name) is defined twice \(NetworkResourceName.groupPhrase(items[i].placement)): "
                            + "a template may not define the same resource twice, so the deployment fails. Rename one.",
                        resources: [items[i].path], field: "name"))
            }
        }
    }
}
