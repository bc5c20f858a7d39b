/// Lookups over one `Design` value, built once per validation so that rules never search
/// arrays: names resolve through dictionaries and prefixes are parsed once.
///
/// Building it is O(n) in the number of resources; every rule then runs in about linear time.
public struct DesignIndex: Sendable {
    public let design: Design

    /// Where a subnet lives: indices into `design.virtualNetworks` and its `subnets`.
    public struct SubnetRef: Hashable, Sendable {
        public var vnet: Int
        public var subnet: Int
    }

    /// What a peering's `remoteVirtualNetwork` points at.
    public enum RemoteNetwork: Hashable, Sendable {
        /// A VNet the design defines.
        case inDesign(Int)
        /// A VNet the design declares `existing`: its name is known, its contents are not.
        case existing(Int)
        /// A full resource ID of a VNet outside the design.
        case external(String)
        /// A design path that names no VNet (a dangling reference).
        case missing(String)

        /// The design VNet when its contents can be checked.
        public var designIndex: Int? {
            if case .inDesign(let i) = self { return i }
            return nil
        }
    }

    private var vnetByKey: [String: Int] = [:]
    private var subnetByKey: [String: SubnetRef] = [:]
    private var nsgByKey: [String: Int] = [:]
    private var routeTableByKey: [String: Int] = [:]
    private var nicByKey: [String: Int] = [:]
    private var publicIPByKey: [String: Int] = [:]
    private var gatewayByKey: [String: Int] = [:]
    private var localGatewayByKey: [String: Int] = [:]
    private var firewallByKey: [String: Int] = [:]
    private var policyByKey: [String: Int] = [:]
    private var asgByKey: [String: Int] = [:]
    private var vmByKey: [String: Int] = [:]
    private var loadBalancerByKey: [String: Int] = [:]

    /// Valid prefixes of each VNet (index-aligned with `design.virtualNetworks`).
    public private(set) var vnetPrefixes: [[AddressPrefix]] = []
    /// Valid prefixes of each subnet, `[vnet][subnet]`.
    public private(set) var subnetPrefixes: [[[AddressPrefix]]] = []
    /// Resolved remote of each peering, `[vnet][peering]`.
    public private(set) var peeringRemotes: [[RemoteNetwork]] = []
    /// Gateways (indices into `virtualNetworkGateways`) whose subnet lies in each VNet.
    public private(set) var gatewaysByVNet: [Int: [Int]] = [:]
    public private(set) var firewallsByVNet: [Int: [Int]] = [:]
    public private(set) var bastionsByVNet: [Int: [Int]] = [:]
    public private(set) var routeServersByVNet: [Int: [Int]] = [:]
    /// NICs (indices) with an IP configuration in each subnet.
    public private(set) var nicsBySubnet: [SubnetRef: [Int]] = [:]
    /// Subnets associated with each NSG / route table (by index).
    public private(set) var subnetsByNSG: [Int: [SubnetRef]] = [:]
    public private(set) var subnetsByRouteTable: [Int: [SubnetRef]] = [:]
    public private(set) var nicsByNSG: [Int: [Int]] = [:]
    /// VMs (indices) that use each NIC.
    public private(set) var vmsByNIC: [Int: [Int]] = [:]
    /// `(local VNet, remote VNet) -> peering index in the local VNet`, design VNets only.
    private var peeringByPair: [Pair: Int] = [:]

    private struct Pair: Hashable {
        var local: Int
        var remote: Int
    }

    public init(_ design: Design) {
        self.design = design
        let subnetCount = design.virtualNetworks.reduce(0) { $0 + $1.subnets.count }
        subnetByKey.reserveCapacity(subnetCount)
        vnetByKey.reserveCapacity(design.virtualNetworks.count)
        vnetPrefixes.reserveCapacity(design.virtualNetworks.count)
        subnetPrefixes.reserveCapacity(design.virtualNetworks.count)
        for (i, v) in design.virtualNetworks.enumerated() {
            DesignIndex.register(&vnetByKey, v.name, v.placement, i)
            var prefixesOfSubnets: [[AddressPrefix]] = []
            prefixesOfSubnets.reserveCapacity(v.subnets.count)
            for (s, subnet) in v.subnets.enumerated() {
                let ref = SubnetRef(vnet: i, subnet: s)
                subnetByKey["\(v.name)/subnets/\(subnet.name)".asciiLowercased] = ref
                if let rg = v.placement.resourceGroup {
                    subnetByKey["\(rg):\(v.name)/subnets/\(subnet.name)".asciiLowercased] = ref
                }
                prefixesOfSubnets.append(subnet.addressPrefixes.compactMap { AddressPrefix($0) })
            }
            subnetPrefixes.append(prefixesOfSubnets)
            vnetPrefixes.append(v.addressPrefixes.compactMap { AddressPrefix($0) })
        }
        for (i, x) in design.networkSecurityGroups.enumerated() {
            DesignIndex.register(&nsgByKey, x.name, x.placement, i)
        }
        for (i, x) in design.routeTables.enumerated() { DesignIndex.register(&routeTableByKey, x.name, x.placement, i) }
        for (i, x) in design.networkInterfaces.enumerated() { DesignIndex.register(&nicByKey, x.name, x.placement, i) }
        for (i, x) in design.publicIPAddresses.enumerated() {
            DesignIndex.register(&publicIPByKey, x.name, x.placement, i)
        }
        for (i, x) in design.virtualNetworkGateways.enumerated() {
            DesignIndex.register(&gatewayByKey, x.name, x.placement, i)
        }
        for (i, x) in design.localNetworkGateways.enumerated() {
            DesignIndex.register(&localGatewayByKey, x.name, x.placement, i)
        }
        for (i, x) in design.azureFirewalls.enumerated() {
            DesignIndex.register(&firewallByKey, x.name, x.placement, i)
        }
        for (i, x) in design.firewallPolicies.enumerated() {
            DesignIndex.register(&policyByKey, x.name, x.placement, i)
        }
        for (i, x) in design.applicationSecurityGroups.enumerated() {
            DesignIndex.register(&asgByKey, x.name, x.placement, i)
        }
        for (i, x) in design.virtualMachines.enumerated() { DesignIndex.register(&vmByKey, x.name, x.placement, i) }
        for (i, x) in design.loadBalancers.enumerated() {
            DesignIndex.register(&loadBalancerByKey, x.name, x.placement, i)
        }

        for (i, v) in design.virtualNetworks.enumerated() {
            var remotes: [RemoteNetwork] = []
            for (p, peering) in v.virtualNetworkPeerings.enumerated() {
                let remote = resolveRemote(peering.remoteVirtualNetwork)
                remotes.append(remote)
                switch remote {
                case .inDesign(let r), .existing(let r):
                    if peeringByPair[Pair(local: i, remote: r)] == nil { peeringByPair[Pair(local: i, remote: r)] = p }
                default: break
                }
            }
            peeringRemotes.append(remotes)
            for (s, subnet) in v.subnets.enumerated() {
                let ref = SubnetRef(vnet: i, subnet: s)
                if let nsg = subnet.networkSecurityGroup, let n = networkSecurityGroup(nsg) {
                    subnetsByNSG[n, default: []].append(ref)
                }
                if let rt = subnet.routeTable, let r = routeTable(rt) {
                    subnetsByRouteTable[r, default: []].append(ref)
                }
            }
        }
        for (g, gw) in design.virtualNetworkGateways.enumerated() {
            if let ref = subnet(gw.subnet) { gatewaysByVNet[ref.vnet, default: []].append(g) }
        }
        for (f, fw) in design.azureFirewalls.enumerated() {
            if let ref = subnet(fw.subnet) { firewallsByVNet[ref.vnet, default: []].append(f) }
        }
        for (b, bastion) in design.bastionHosts.enumerated() {
            if let path = bastion.subnet, let ref = subnet(path) {
                bastionsByVNet[ref.vnet, default: []].append(b)
            } else if let vnetPath = bastion.virtualNetwork, let v = virtualNetwork(vnetPath) {
                bastionsByVNet[v, default: []].append(b)
            }
        }
        for (r, server) in design.routeServers.enumerated() {
            if let ref = subnet(server.subnet) { routeServersByVNet[ref.vnet, default: []].append(r) }
        }
        for (n, nic) in design.networkInterfaces.enumerated() {
            for config in nic.ipConfigurations {
                if let ref = subnet(config.subnet) { nicsBySubnet[ref, default: []].append(n) }
            }
            if let nsg = nic.networkSecurityGroup, let g = networkSecurityGroup(nsg) {
                nicsByNSG[g, default: []].append(n)
            }
        }
        for (m, vm) in design.virtualMachines.enumerated() {
            for nicPath in vm.networkInterfaces {
                if let n = networkInterface(nicPath) { vmsByNIC[n, default: []].append(m) }
            }
        }
    }

    private static func key(_ text: some StringProtocol) -> String { text.asciiLowercased }

    private static func register(_ table: inout [String: Int], _ name: String, _ placement: Placement, _ index: Int) {
        let key = DesignIndex.key(name)
        if table[key] == nil { table[key] = index }
        if let rg = placement.resourceGroup { table[DesignIndex.key("\(rg):\(name)")] = index }
    }

    /// Looks a top-level name up, accepting `rg:name`, a bare name, or a full ARM resource ID
    /// (matched on its last name segment and, when both say, its resource group).
    private static func lookup<R: Placed>(_ table: [String: Int], _ reference: String, _ resources: [R], type: String)
        -> Int?
    {
        if reference.hasPrefix("/") {
            // An ID names its type: an NSG's ID must not resolve to a VNet of the same name.
            guard let id = ARMResourceID(reference), id.type.equalsIgnoringCase(type) else { return nil }
            guard let i = table[DesignIndex.key(id.name)] else { return nil }
            if let rg = id.resourceGroup, let own = resources[i].placement.resourceGroup, !rg.equalsIgnoringCase(own) {
                return table[DesignIndex.key("\(rg):\(id.name)")]
            }
            return i
        }
        return table[DesignIndex.key(reference)]
    }

    public func virtualNetwork(_ reference: String) -> Int? {
        DesignIndex.lookup(vnetByKey, reference, design.virtualNetworks, type: "Microsoft.Network/virtualNetworks")
    }
    public func networkSecurityGroup(_ reference: String) -> Int? {
        DesignIndex.lookup(
            nsgByKey, reference, design.networkSecurityGroups, type: "Microsoft.Network/networkSecurityGroups")
    }
    public func routeTable(_ reference: String) -> Int? {
        DesignIndex.lookup(routeTableByKey, reference, design.routeTables, type: "Microsoft.Network/routeTables")
    }
    public func networkInterface(_ reference: String) -> Int? {
        DesignIndex.lookup(nicByKey, reference, design.networkInterfaces, type: "Microsoft.Network/networkInterfaces")
    }
    public func publicIPAddress(_ reference: String) -> Int? {
        DesignIndex.lookup(
            publicIPByKey, reference, design.publicIPAddresses, type: "Microsoft.Network/publicIPAddresses")
    }
    public func virtualNetworkGateway(_ reference: String) -> Int? {
        DesignIndex.lookup(
            gatewayByKey, reference, design.virtualNetworkGateways, type: "Microsoft.Network/virtualNetworkGateways")
    }
    public func localNetworkGateway(_ reference: String) -> Int? {
        DesignIndex.lookup(
            localGatewayByKey, reference, design.localNetworkGateways, type: "Microsoft.Network/localNetworkGateways")
    }
    public func azureFirewall(_ reference: String) -> Int? {
        DesignIndex.lookup(firewallByKey, reference, design.azureFirewalls, type: "Microsoft.Network/azureFirewalls")
    }
    public func firewallPolicy(_ reference: String) -> Int? {
        DesignIndex.lookup(policyByKey, reference, design.firewallPolicies, type: "Microsoft.Network/firewallPolicies")
    }
    public func applicationSecurityGroup(_ reference: String) -> Int? {
        DesignIndex.lookup(
            asgByKey, reference, design.applicationSecurityGroups, type: "Microsoft.Network/applicationSecurityGroups")
    }
    public func virtualMachine(_ reference: String) -> Int? {
        DesignIndex.lookup(vmByKey, reference, design.virtualMachines, type: "Microsoft.Compute/virtualMachines")
    }
    public func loadBalancer(_ reference: String) -> Int? {
        DesignIndex.lookup(loadBalancerByKey, reference, design.loadBalancers, type: "Microsoft.Network/loadBalancers")
    }

    /// Resolves `VNET/subnets/NAME` (or a full subnet resource ID).
    public func subnet(_ reference: String) -> SubnetRef? {
        if reference.hasPrefix("/") {
            guard let id = ARMResourceID(reference), let child = id.childName,
                let v = virtualNetwork(ARMResourceID.parentID(of: reference) ?? id.name)
            else { return nil }
            return subnetByKey["\(design.virtualNetworks[v].name)/subnets/\(child)".asciiLowercased]
        }
        return subnetByKey[DesignIndex.key(reference)]
    }

    public func resolveRemote(_ reference: String) -> RemoteNetwork {
        if let i = virtualNetwork(reference) {
            return design.virtualNetworks[i].isExisting ? .existing(i) : .inDesign(i)
        }
        return reference.hasPrefix("/") ? .external(reference) : .missing(reference)
    }

    /// The peering of `local` whose remote is `remote` (both design VNet indices), if any.
    public func peering(from local: Int, to remote: Int) -> Int? { peeringByPair[Pair(local: local, remote: remote)] }

    /// True when the VNet has a VPN or ExpressRoute gateway or a Route Server (what gateway
    /// transit needs on the hub side).
    public func hasGatewayOrRouteServer(_ vnet: Int) -> Bool {
        !(gatewaysByVNet[vnet] ?? []).isEmpty || !(routeServersByVNet[vnet] ?? []).isEmpty
    }

    public func subnetPath(_ ref: SubnetRef) -> String {
        let v = design.virtualNetworks[ref.vnet]
        return ResourcePath.child(v.name, .subnets, v.subnets[ref.subnet].name)
    }

    public func peeringPath(vnet: Int, peering: Int) -> String {
        let v = design.virtualNetworks[vnet]
        return ResourcePath.child(v.name, .virtualNetworkPeerings, v.virtualNetworkPeerings[peering].name)
    }
}

/// Resources that have a placement, for lookups that check resource groups.
public protocol Placed {
    var placement: Placement { get }
}

extension VirtualNetwork: Placed {}
extension NetworkSecurityGroup: Placed {}
extension RouteTable: Placed {}
extension NetworkInterface: Placed {}
extension PublicIPAddress: Placed {}
extension VirtualNetworkGateway: Placed {}
extension LocalNetworkGateway: Placed {}
extension AzureFirewall: Placed {}
extension FirewallPolicy: Placed {}
extension ApplicationSecurityGroup: Placed {}
extension VirtualMachine: Placed {}
extension LoadBalancer: Placed {}
