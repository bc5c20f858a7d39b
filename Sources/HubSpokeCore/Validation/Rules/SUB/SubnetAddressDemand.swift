/// Azure hands each IP configuration, load-balancer frontend and service instance an address
/// of its subnet; when the usable addresses (size minus the five Azure reserves) run out, the
/// deployment fails. Services count with the addresses their minimum deployment takes: a VPN
/// or ExpressRoute gateway, a firewall, a Bastion host and a Route Server run two instances.
struct SubnetAddressDemand: Rule {
    static let id = "SUB-008"
    static let severity: Severity = .warning
    static let title = "Subnet has too few usable addresses for what is placed in it"
    static let help =
        "Each NIC IP configuration, load-balancer frontend and service instance takes one usable address; Azure reserves five per subnet, and the deployment fails when the subnet runs out."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"
    init() {}

    /// Addresses the minimum deployment of each service takes (two instances each).
    static let addressesPerServiceInstance = 2

    private struct Demand {
        var ipConfigurations = 0
        var frontends = 0
        var services: [String] = []
        var total: Int {
            ipConfigurations + frontends + services.count * SubnetAddressDemand.addressesPerServiceInstance
        }
    }

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        var demand: [DesignIndex.SubnetRef: Demand] = [:]
        for nic in design.networkInterfaces {
            for config in nic.ipConfigurations {
                if let ref = index.subnet(config.subnet) { demand[ref, default: Demand()].ipConfigurations += 1 }
            }
        }
        for balancer in design.loadBalancers {
            for frontend in balancer.frontendIPConfigurations {
                if let ref = index.subnet(frontend.subnet) { demand[ref, default: Demand()].frontends += 1 }
            }
        }
        for gateway in design.virtualNetworkGateways {
            if let ref = index.subnet(gateway.subnet) { demand[ref, default: Demand()].services.append(gateway.name) }
        }
        for firewall in design.azureFirewalls {
            if let ref = index.subnet(firewall.subnet) { demand[ref, default: Demand()].services.append(firewall.name) }
            if let management = firewall.managementSubnet, let ref = index.subnet(management) {
                demand[ref, default: Demand()].services.append(firewall.name)
            }
        }
        for bastion in design.bastionHosts where bastion.needsDedicatedSubnet {
            if let path = bastion.subnet, let ref = index.subnet(path) {
                demand[ref, default: Demand()].services.append(bastion.name)
            }
        }
        for server in design.routeServers {
            if let ref = index.subnet(server.subnet) { demand[ref, default: Demand()].services.append(server.name) }
        }
        let ordered = demand.keys.sorted { ($0.vnet, $0.subnet) < ($1.vnet, $1.subnet) }
        for ref in ordered {
            guard let need = demand[ref] else { continue }
            let v4 = SubnetSizing.ipv4(index.subnetPrefixes[ref.vnet][ref.subnet])
            // Several IPv4 prefixes: an IP configuration may use any of them.
            guard !v4.isEmpty, v4.allSatisfy({ $0.length <= 29 }) else { continue }
            let usable = v4.reduce(0) { $0 + SubnetSizing.usable(length: $1.length) }
            guard need.total > usable else { continue }
            let path = index.subnetPath(ref)
            var parts: [String] = []
            if need.ipConfigurations > 0 { parts.append("\(need.ipConfigurations) NIC IP configuration(s)") }
            if need.frontends > 0 { parts.append("\(need.frontends) load-balancer frontend(s)") }
            if !need.services.isEmpty {
                parts.append(
                    "\(need.services.count * Self.addressesPerServiceInstance) for \(need.services.joined(separator: ", "))"
                )
            }
            let ranges = v4.map(\.description).joined(separator: ", ")
            let length = SubnetSizing.length(fitting: need.total)
            findings.append(
                finding(
                    "\(path) (\(ranges)) has \(usable) usable addresses but \(need.total) are needed (\(parts.joined(separator: ", "))): the deployment fails when the subnet runs out. Widen it to /\(length) (\(SubnetSizing.usable(length: length)) usable) or move resources to another subnet.",
                    resources: [path], field: "addressPrefixes"))
        }
    }
}
