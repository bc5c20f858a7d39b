/// In a hub-and-spoke design with a hub firewall, spoke egress is meant to be inspected
/// centrally. A spoke subnet whose 0.0.0.0/0 goes to `Internet`, by an explicit UDR or because
/// no route table overrides the system default route, sends Internet traffic straight out and
/// bypasses the firewall.
///
/// A spoke is a VNet without a firewall of its own that is peered with a design VNet that has an
/// Azure Firewall. Subnets that must reach the Internet directly or cannot take a route table
/// (GatewaySubnet, AzureBastionSubnet, the firewall subnets, RouteServerSubnet) are exempt.
struct SpokeEgressBypassesFirewall: Rule {
    static let id = "SEC-009"
    static let severity: Severity = .warning
    static let title = "Spoke sends 0.0.0.0/0 to the Internet, bypassing the hub firewall"
    static let help =
        "The design has a hub Azure Firewall, but a spoke subnet's default route goes to the Internet (explicitly "
        + "or by the system route), so its egress is not inspected. Route 0.0.0.0/0 to the firewall's private IP."
    static let source = "https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        guard !design.azureFirewalls.isEmpty else { return }
        let associations = SubnetAssociations(index)
        var defaultRouteOfTable: [Int: DefaultRoute] = [:]
        for (v, vnet) in design.virtualNetworks.enumerated() where !vnet.isExisting {
            guard (index.firewallsByVNet[v] ?? []).isEmpty,
                let hub = index.peeringRemotes[v].lazy.compactMap(\.designIndex).first(where: {
                    !(index.firewallsByVNet[$0] ?? []).isEmpty
                })
            else { continue }
            let firewall = design.azureFirewalls[index.firewallsByVNet[hub]![0]]
            for (s, subnet) in vnet.subnets.enumerated() {
                let defaultRoute: DefaultRoute
                if let r = associations.routeTable(vnet: v, subnet: s) {
                    if let known = defaultRouteOfTable[r] {
                        defaultRoute = known
                    } else {
                        defaultRoute = SpokeEgressBypassesFirewall.defaultRoute(
                            of: design.routeTables[r], context: context)
                        defaultRouteOfTable[r] = defaultRoute
                    }
                } else if subnet.routeTable != nil {
                    continue  // A dangling route table is REF-006's finding.
                } else {
                    defaultRoute = .systemDefault
                }
                if case .notInternet = defaultRoute { continue }
                if case .undecidable = defaultRoute { continue }
                // Checked last: matching reserved names ignores case and is the dearer test.
                if subnet.reservedName != nil { continue }
                let subnetPath = ResourcePath.child(vnet.name, .subnets, subnet.name)
                let how: String
                let resources: [String]
                switch defaultRoute {
                case .undecidable, .notInternet:
                    continue
                case .systemDefault:
                    how = "has no UDR for 0.0.0.0/0, so the system route sends it to the Internet"
                    resources = [subnetPath, firewall.name]
                case .explicitInternet(let table, let route):
                    how = "has UDR \(route) 0.0.0.0/0 -> Internet in \(table)"
                    resources = [subnetPath, ResourcePath.child(table, .routes, route), firewall.name]
                }
                findings.append(
                    finding(
                        "\(subnetPath) \(how): Internet egress of spoke \(vnet.name) bypasses hub firewall "
                            + "\(firewall.name) in \(design.virtualNetworks[hub].name). Route 0.0.0.0/0 to the "
                            + "firewall's private IP (VirtualAppliance).",
                        resources: resources, field: "routeTable"))
            }
        }
    }

    enum DefaultRoute {
        case systemDefault
        case explicitInternet(table: String, route: String)
        case notInternet
        case undecidable
    }

    static func defaultRoute(of table: RouteTable, context: ValidationContext) -> DefaultRoute {
        for route in table.routes {
            let path = ResourcePath.child(table.name, .routes, route.name)
            if context.isUnknown(path, "addressPrefix") || context.isUnknown(path, "nextHopType") {
                return .undecidable
            }
            guard let prefix = AddressPrefix(route.addressPrefix), prefix.family == .v4, prefix.length == 0 else {
                continue
            }
            return route.nextHopType.equalsIgnoringCase("Internet")
                ? .explicitInternet(table: table.name, route: route.name) : .notInternet
        }
        return .systemDefault
    }
}
