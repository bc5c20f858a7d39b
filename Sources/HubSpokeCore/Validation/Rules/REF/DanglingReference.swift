/// A reference to a resource the deployment does not contain fails the deployment (ARM cannot
/// resolve the ID). Checked for every reference the design holds except a peering's remote VNet
/// (PEER-001's). Full resource IDs naming something outside the design are external and taken
/// on trust; so are subnets of VNets declared `existing`, whose subnets the design may not list.
/// A service's missing dedicated subnet (`GatewaySubnet`, `AzureFirewallSubnet`,
/// `AzureBastionSubnet`, `RouteServerSubnet`) in a VNet that exists is reported by GW-001,
/// SUB-015, SUB-018 and SUB-021 instead.
struct DanglingReference: Rule {
    static let id = "REF-006"
    static let severity: Severity = .error
    static let title = "Reference to a resource the design does not contain"
    static let help =
        "Every reference (subnet to NSG or route table, NIC to subnet, public IP, NSG or application security "
        + "group, gateway, firewall, Bastion and Route Server to subnet and public IP, VM to NIC, connection to "
        + "gateways, firewall to policy, NSG rule to application security group) must name a resource that "
        + "exists. A dangling reference fails the deployment."
    static let source = "https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/error-not-found"

    init() {}

    private enum Target: String {
        case networkSecurityGroup = "network security group"
        case routeTable = "route table"
        case subnet
        case publicIPAddress = "public IP address"
        case applicationSecurityGroup = "application security group"
        case networkInterface = "network interface"
        case virtualNetworkGateway = "virtual network gateway"
        case localNetworkGateway = "local network gateway"
        case firewallPolicy = "firewall policy"
        case virtualNetwork = "virtual network"
    }

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let d = context.design
        func report(_ from: String, _ field: String, _ target: Target, _ reference: String, _ why: String? = nil) {
            let detail = why ?? "the design has no \(target.rawValue) of that name"
            findings.append(
                finding(
                    "\(from) refers to \(target.rawValue) \(reference), but \(detail): the deployment fails. "
                        + "Add it to the design or correct the reference.",
                    resources: [from], field: field))
        }
        // Paths are built only for a finding: the benchmark walks 10,000 subnets and 49,800 rules.
        // Many subnets name the same NSG or route table: resolve each distinct text once.
        var resolved: [Target: [String: Bool]] = [:]
        func check(_ from: @autoclosure () -> String, _ field: String, _ target: Target, _ reference: String?) {
            guard let reference, !reference.isEmpty else { return }
            let known: Bool
            if let cached = resolved[target]?[reference] {
                known = cached
            } else {
                known = resolves(target, reference, index)
                resolved[target, default: [:]][reference] = known
            }
            if !known { report(from(), field, target, reference) }
        }
        func checkSubnet(_ from: String, _ field: String, _ reference: String?, dedicated: Subnet.ReservedName? = nil) {
            guard let reference, !reference.isEmpty, index.subnet(reference) == nil else { return }
            switch subnetGap(reference, index) {
            case .external, .insideExistingNetwork: return
            case .notASubnetPath:
                report(from, field, .subnet, reference, "that is not a subnet path of the form VNET/subnets/NAME")
            case .missingNetwork(let vnet):
                report(from, field, .subnet, reference, "the design has no virtual network \(vnet)")
            case .missingSubnet(let vnet, let name):
                if let dedicated, name == dedicated.rawValue { return }
                report(from, field, .subnet, reference, "\(vnet) has no subnet \(name)")
            }
        }

        // The index already resolved subnet associations: when every association it saw resolved,
        // there is nothing to report and the 10,000 subnets of a large design need no second look.
        var nsgReferences = 0
        var routeTableReferences = 0
        for vnet in d.virtualNetworks {
            for s in vnet.subnets.indices {
                if vnet.subnets[s].networkSecurityGroup != nil { nsgReferences += 1 }
                if vnet.subnets[s].routeTable != nil { routeTableReferences += 1 }
            }
        }
        let nsgResolved = index.subnetsByNSG.values.reduce(0) { $0 + $1.count }
        let routeTablesResolved = index.subnetsByRouteTable.values.reduce(0) { $0 + $1.count }
        if nsgReferences != nsgResolved || routeTableReferences != routeTablesResolved {
            for vnet in d.virtualNetworks {
                for s in vnet.subnets.indices {
                    let path = { ResourcePath.child(vnet.name, .subnets, vnet.subnets[s].name) }
                    check(path(), "networkSecurityGroup", .networkSecurityGroup, vnet.subnets[s].networkSecurityGroup)
                    check(path(), "routeTable", .routeTable, vnet.subnets[s].routeTable)
                }
            }
        }
        // Rules are read field by field: copying each whole rule costs more than the check.
        for nsg in d.networkSecurityGroups {
            let rules = nsg.securityRules
            for r in rules.indices {
                let path = { ResourcePath.child(nsg.name, .securityRules, rules[r].name) }
                if let groups = rules[r].sourceApplicationSecurityGroups {
                    for group in groups {
                        check(path(), "sourceApplicationSecurityGroups", .applicationSecurityGroup, group)
                    }
                }
                if let groups = rules[r].destinationApplicationSecurityGroups {
                    for group in groups {
                        check(path(), "destinationApplicationSecurityGroups", .applicationSecurityGroup, group)
                    }
                }
            }
        }
        for nic in d.networkInterfaces {
            check(nic.name, "networkSecurityGroup", .networkSecurityGroup, nic.networkSecurityGroup)
            for config in nic.ipConfigurations {
                checkSubnet(nic.name, "subnet", config.subnet)
                check(nic.name, "publicIPAddress", .publicIPAddress, config.publicIPAddress)
                for group in config.applicationSecurityGroups {
                    check(nic.name, "applicationSecurityGroups", .applicationSecurityGroup, group)
                }
            }
        }
        for gateway in d.virtualNetworkGateways {
            checkSubnet(gateway.name, "subnet", gateway.subnet, dedicated: .gatewaySubnet)
            check(gateway.name, "publicIPAddress", .publicIPAddress, gateway.publicIPAddress)
        }
        for firewall in d.azureFirewalls {
            checkSubnet(firewall.name, "subnet", firewall.subnet, dedicated: .azureFirewallSubnet)
            check(firewall.name, "publicIPAddress", .publicIPAddress, firewall.publicIPAddress)
            checkSubnet(
                firewall.name, "managementSubnet", firewall.managementSubnet, dedicated: .azureFirewallManagementSubnet)
            check(firewall.name, "managementPublicIPAddress", .publicIPAddress, firewall.managementPublicIPAddress)
            check(firewall.name, "firewallPolicy", .firewallPolicy, firewall.firewallPolicy)
        }
        for bastion in d.bastionHosts {
            checkSubnet(bastion.name, "subnet", bastion.subnet, dedicated: .azureBastionSubnet)
            check(bastion.name, "virtualNetwork", .virtualNetwork, bastion.virtualNetwork)
            check(bastion.name, "publicIPAddress", .publicIPAddress, bastion.publicIPAddress)
        }
        for server in d.routeServers {
            checkSubnet(server.name, "subnet", server.subnet, dedicated: .routeServerSubnet)
        }
        for balancer in d.loadBalancers {
            for frontend in balancer.frontendIPConfigurations {
                checkSubnet(balancer.name, "frontendIPConfigurations", frontend.subnet)
            }
        }
        for vm in d.virtualMachines {
            for nic in vm.networkInterfaces {
                check(vm.name, "networkInterfaces", .networkInterface, nic)
            }
        }
        for connection in d.connections {
            check(connection.name, "virtualNetworkGateway1", .virtualNetworkGateway, connection.virtualNetworkGateway1)
            check(connection.name, "localNetworkGateway2", .localNetworkGateway, connection.localNetworkGateway2)
        }
    }

    /// True when the reference names a resource of the design, or is a full resource ID (outside
    /// the design, so not ours to doubt).
    private func resolves(_ target: Target, _ reference: String, _ index: DesignIndex) -> Bool {
        if reference.hasPrefix("/") { return true }
        switch target {
        case .networkSecurityGroup: return index.networkSecurityGroup(reference) != nil
        case .routeTable: return index.routeTable(reference) != nil
        case .subnet: return index.subnet(reference) != nil
        case .publicIPAddress: return index.publicIPAddress(reference) != nil
        case .applicationSecurityGroup: return index.applicationSecurityGroup(reference) != nil
        case .networkInterface: return index.networkInterface(reference) != nil
        case .virtualNetworkGateway: return index.virtualNetworkGateway(reference) != nil
        case .localNetworkGateway: return index.localNetworkGateway(reference) != nil
        case .firewallPolicy: return index.firewallPolicy(reference) != nil
        case .virtualNetwork: return index.virtualNetwork(reference) != nil
        }
    }

    private enum SubnetGap {
        case external
        case insideExistingNetwork
        case notASubnetPath
        case missingNetwork(String)
        case missingSubnet(vnet: String, name: String)
    }

    /// Why a subnet reference does not resolve.
    private func subnetGap(_ reference: String, _ index: DesignIndex) -> SubnetGap {
        let vnetReference: String
        let subnetName: String
        if reference.hasPrefix("/") {
            guard let id = ARMResourceID(reference), let child = id.childName,
                let parent = ARMResourceID.parentID(of: reference)
            else { return .external }
            guard index.virtualNetwork(parent) != nil else { return .external }
            vnetReference = parent
            subnetName = child
        } else {
            guard let path = ResourcePath(parsing: reference), let child = path.childName,
                path.childKind == .subnets
            else { return .notASubnetPath }
            vnetReference = path.parent.description
            subnetName = child
        }
        guard let v = index.virtualNetwork(vnetReference) else { return .missingNetwork(vnetReference) }
        let vnet = index.design.virtualNetworks[v]
        if vnet.isExisting { return .insideExistingNetwork }
        return .missingSubnet(vnet: vnet.name, name: subnetName)
    }
}
