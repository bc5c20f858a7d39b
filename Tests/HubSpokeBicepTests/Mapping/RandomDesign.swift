import HubSpokeCore

/// A seeded generator of random designs in round-trip normal form (contracts.md): credentials
/// are parameters, existing VNets carry only names, scope and subnet names, suppressions are
/// sorted by path and rule, references point at resources of the design (or at full resource
/// IDs outside it). Names are chosen to collide after camel-casing (`vnet-a1`, `vnetA1`) so
/// symbol naming is exercised.
struct RandomDesign {
    /// SplitMix64: small, fast and the same on every platform.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    var rng: Generator

    init(seed: UInt64) { rng = Generator(state: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
    mutating func maybe<T>(_ value: T) -> T? { chance(50) ? value : nil }

    /// Names unique per type; some differ only in punctuation so their symbols collide.
    mutating func names(_ prefix: String, count: Int) -> [String] {
        var out: [String] = []
        for i in 0..<count {
            let style = int(0...3)
            switch style {
            case 0: out.append("\(prefix)-\(i)")
            case 1: out.append("\(prefix)\(i)")
            case 2: out.append("\(prefix)_\(i).x")
            default: out.append("\(prefix)-\(i)-0")
            }
        }
        return out
    }

    mutating func location() -> String? { pick([nil, nil, "westeurope", "eastus2", "Australia East"]) }

    mutating func text() -> String {
        pick(["plain", "it's quoted", "back\\slash", "dollar ${x} brace", "tab\tand newline\nend", "ünïcode"])
    }

    mutating func design() -> Design {
        var d = Design()
        let vnetNames = names("vnet", count: int(1...5))
        for (v, name) in vnetNames.enumerated() {
            if v > 0 && chance(20) {
                var placement = Placement()
                placement.resourceGroup = "rg-\(v)"
                placement.subscriptionId = chance(50) ? "00000000-0000-0000-0000-00000000000\(v)" : nil
                d.virtualNetworks.append(
                    VirtualNetwork(
                        name: name, placement: placement,
                        subnets: names("snet", count: int(0...2)).map { Subnet(name: $0) },
                        isExisting: true))
                continue
            }
            var vnet = VirtualNetwork(name: name, placement: Placement(location: location()))
            vnet.addressPrefixes = ["10.\(v).0.0/16"] + (chance(30) ? ["fd00:\(v)::/48"] : [])
            if chance(20) { vnet.dnsServers = ["10.\(v).0.4", "10.\(v).0.5"] }
            var subnetNames = names("snet", count: int(0...3))
            if chance(40) { subnetNames.append(pick(["GatewaySubnet", "AzureFirewallSubnet", "RouteServerSubnet"])) }
            for (s, sn) in subnetNames.enumerated() where !vnet.subnets.contains(where: { $0.name == sn }) {
                var subnet = Subnet(name: sn)
                subnet.addressPrefixes = pick([
                    ["10.\(v).\(s).0/24"], ["10.\(v).\(s).0/24", "fd00:\(v):\(s)::/64"], [],
                ])
                if chance(20) { subnet.delegations = ["Microsoft.Web/serverFarms"] }
                if chance(20) { subnet.serviceEndpoints = ["Microsoft.Storage", "Microsoft.Sql"] }
                vnet.subnets.append(subnet)
            }
            d.virtualNetworks.append(vnet)
        }
        let nsgNames = names("nsg", count: int(0...3))
        let asgNames = names("asg", count: int(0...2))
        d.applicationSecurityGroups = asgNames.map {
            ApplicationSecurityGroup(name: $0, placement: Placement(location: location()))
        }
        for name in nsgNames {
            var nsg = NetworkSecurityGroup(name: name, placement: Placement(location: location()))
            for (i, rn) in names("rule", count: int(0...4)).enumerated() {
                var rule = SecurityRule(
                    name: rn, priority: 100 + i * 10, direction: pick(["Inbound", "Outbound"]),
                    access: pick(["Allow", "Deny"]), protocol: pick(["Tcp", "Udp", "*", "Icmp"]))
                if chance(50) {
                    rule.sourceAddressPrefix = pick(["*", "10.0.0.0/8", "Internet"])
                } else {
                    rule.sourceAddressPrefixes = ["10.1.0.0/16", "10.2.0.0/16"]
                }
                if !asgNames.isEmpty && chance(30) {
                    rule.destinationApplicationSecurityGroups = [pick(asgNames)]
                } else {
                    rule.destinationAddressPrefix = pick(["*", "VirtualNetwork"])
                }
                rule.sourcePortRange = maybe("*")
                if chance(50) {
                    rule.destinationPortRange = pick(["22", "443", "1000-2000"])
                } else {
                    rule.destinationPortRanges = ["80", "443"]
                }
                if chance(30) { rule.description = text() }
                nsg.securityRules.append(rule)
            }
            d.networkSecurityGroups.append(nsg)
        }
        for name in names("rt", count: int(0...2)) {
            var table = RouteTable(
                name: name, placement: Placement(location: location()), disableBgpRoutePropagation: chance(50))
            for (i, rn) in names("route", count: int(0...3)).enumerated() {
                table.routes.append(
                    chance(50)
                        ? Route(
                            name: rn, addressPrefix: "10.\(i).0.0/16", nextHopType: "VirtualAppliance",
                            nextHopIpAddress: "10.0.1.4")
                        : Route(name: rn, addressPrefix: "0.0.0.0/0", nextHopType: pick(["Internet", "None"])))
            }
            d.routeTables.append(table)
        }
        // Subnet associations, now that NSGs and route tables exist.
        for v in d.virtualNetworks.indices where !d.virtualNetworks[v].isExisting {
            for s in d.virtualNetworks[v].subnets.indices {
                if !d.networkSecurityGroups.isEmpty && chance(50) {
                    d.virtualNetworks[v].subnets[s].networkSecurityGroup = pick(d.networkSecurityGroups).name
                }
                if !d.routeTables.isEmpty && chance(40) {
                    d.virtualNetworks[v].subnets[s].routeTable = pick(d.routeTables).name
                }
            }
        }
        d.publicIPAddresses = names("pip", count: int(0...3)).map {
            PublicIPAddress(
                name: $0, placement: Placement(location: location()), sku: pick(["Standard", "Basic"]),
                publicIPAllocationMethod: pick(["Static", "Dynamic"]))
        }
        let pips = d.publicIPAddresses.map(\.name)
        let deployed = d.virtualNetworks.filter { !$0.isExisting }
        let allSubnets = d.virtualNetworks.flatMap { v in v.subnets.map { "\(v.name)/subnets/\($0.name)" } }
        // Peerings: both halves between deployed VNets, sometimes one half to a VNet elsewhere.
        if deployed.count >= 2 {
            for _ in 0..<int(0...3) {
                let a = pick(deployed).name
                let b = pick(deployed).name
                guard a != b, let ia = d.virtualNetworks.firstIndex(where: { $0.name == a }),
                    let ib = d.virtualNetworks.firstIndex(where: { $0.name == b }),
                    !d.virtualNetworks[ia].virtualNetworkPeerings.contains(where: { $0.name == "\(a)-to-\(b)" })
                else { continue }
                let transit = chance(30)
                d.virtualNetworks[ia].virtualNetworkPeerings.append(
                    VirtualNetworkPeering(
                        name: "\(a)-to-\(b)", remoteVirtualNetwork: b, allowVirtualNetworkAccess: chance(80),
                        allowForwardedTraffic: chance(50), allowGatewayTransit: transit))
                d.virtualNetworks[ib].virtualNetworkPeerings.append(
                    VirtualNetworkPeering(
                        name: "\(b)-to-\(a)", remoteVirtualNetwork: a, allowForwardedTraffic: chance(50),
                        useRemoteGateways: transit, doNotVerifyRemoteGateways: transit && chance(50)))
            }
        }
        if let first = d.virtualNetworks.firstIndex(where: { !$0.isExisting }), chance(30) {
            d.virtualNetworks[first].virtualNetworkPeerings.append(
                VirtualNetworkPeering(
                    name: "to-remote-hub",
                    remoteVirtualNetwork:
                        "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-remote"
                ))
        }
        if let existing = d.virtualNetworks.first(where: { $0.isExisting }),
            let local = d.virtualNetworks.firstIndex(where: { !$0.isExisting }), chance(60)
        {
            d.virtualNetworks[local].virtualNetworkPeerings.append(
                VirtualNetworkPeering(name: "to-existing", remoteVirtualNetwork: existing.name))
        }
        if !allSubnets.isEmpty {
            if chance(50) {
                d.virtualNetworkGateways.append(
                    VirtualNetworkGateway(
                        name: "vgw-1", placement: Placement(location: location()),
                        gatewayType: pick(["Vpn", "ExpressRoute"]),
                        vpnType: maybe("RouteBased"), sku: pick(["VpnGw1AZ", "ErGw1AZ"]), subnet: pick(allSubnets),
                        publicIPAddress: pips.isEmpty ? nil : pick(pips), enableBgp: chance(50),
                        activeActive: chance(20)))
                d.localNetworkGateways.append(
                    LocalNetworkGateway(
                        name: "lng-1", gatewayIpAddress: maybe("203.0.113.1"), addressPrefixes: ["192.168.0.0/16"]))
                d.connections.append(
                    GatewayConnection(
                        name: "cn-1", connectionType: "IPsec", virtualNetworkGateway1: "vgw-1",
                        localNetworkGateway2: maybe("lng-1")))
            }
            if chance(50) {
                let policy = FirewallPolicy(
                    name: "afwp-1", placement: Placement(location: location()),
                    ruleCollectionGroups: names("rcg", count: int(0...2)).enumerated().map { i, n in
                        FirewallPolicyRuleCollectionGroup(
                            name: n, priority: 100 + i,
                            ruleCollections: [
                                FirewallRuleCollection(
                                    name: "c\(i)", priority: 200, action: pick(["Allow", "Deny"]),
                                    rules: [
                                        FirewallNetworkRule(
                                            name: "r\(i)", ipProtocols: ["TCP", "UDP"], sourceAddresses: ["10.0.0.0/8"],
                                            destinationAddresses: ["*"], destinationPorts: ["443", "8000-8080"])
                                    ])
                            ])
                    })
                d.firewallPolicies.append(policy)
                let management = maybe(pick(allSubnets))
                d.azureFirewalls.append(
                    AzureFirewall(
                        name: "afw-1", skuName: "AZFW_VNet", skuTier: pick(["Basic", "Standard", "Premium"]),
                        subnet: pick(allSubnets), publicIPAddress: pips.isEmpty ? nil : maybe(pick(pips)),
                        managementSubnet: management,
                        managementPublicIPAddress: management != nil && !pips.isEmpty ? maybe(pick(pips)) : nil,
                        firewallPolicy: maybe("afwp-1")))
            }
            if chance(50) {
                if chance(50) {
                    d.bastionHosts.append(
                        BastionHost(
                            name: "bas-1", sku: pick(["Basic", "Standard"]), subnet: pick(allSubnets),
                            publicIPAddress: pips.isEmpty ? nil : maybe(pick(pips))))
                } else if let v = deployed.first {
                    d.bastionHosts.append(BastionHost(name: "bas-dev", sku: "Developer", virtualNetwork: v.name))
                }
            }
            if chance(40) { d.routeServers.append(RouteServer(name: "rs-1", subnet: pick(allSubnets))) }
            if chance(40) {
                d.loadBalancers.append(
                    LoadBalancer(
                        name: "lb-1", sku: "Standard",
                        frontendIPConfigurations: [
                            LoadBalancerFrontend(
                                name: "fe-1", subnet: pick(allSubnets), privateIPAddress: maybe("10.0.0.10")),
                            LoadBalancerFrontend(name: "fe-2", subnet: pick(allSubnets)),
                        ]))
            }
            for name in names("nic", count: int(0...3)) {
                var nic = NetworkInterface(
                    name: name, placement: Placement(location: location()), enableIPForwarding: chance(30),
                    networkSecurityGroup: d.networkSecurityGroups.isEmpty
                        ? nil : maybe(pick(d.networkSecurityGroups).name))
                for c in 0..<int(1...2) {
                    let isStatic = chance(50)
                    nic.ipConfigurations.append(
                        NetworkInterfaceIPConfiguration(
                            name: "ipconfig\(c + 1)", subnet: pick(allSubnets),
                            privateIPAllocationMethod: isStatic ? "Static" : "Dynamic",
                            privateIPAddress: isStatic ? "10.0.0.\(10 + c)" : nil,
                            publicIPAddress: pips.isEmpty ? nil : maybe(pick(pips)),
                            applicationSecurityGroups: asgNames.isEmpty || chance(50) ? [] : [pick(asgNames)],
                            primary: pick([nil, true, false])))
                }
                d.networkInterfaces.append(nic)
            }
            let nics = d.networkInterfaces.map(\.name)
            for (i, name) in names("vm", count: nics.isEmpty ? 0 : int(0...3)).enumerated() {
                let windows = chance(50)
                var vm = VirtualMachine(
                    name: name, placement: Placement(location: location()),
                    vmSize: pick(["Standard_B2s", "Standard_D2s_v5"]),
                    osType: windows ? "Windows" : "Linux",
                    networkInterfaces: Array(Set([pick(nics), pick(nics)])).sorted(),
                    adminUsername: .parameter(pick(["adminUsername", "vmUser\(i)"])),
                    adminPassword: windows || chance(50)
                        ? .secureParameter(pick(["adminPassword", "vmPassword\(i)"])) : nil,
                    imageReference: maybe(windows ? .windowsServer2022 : .ubuntu2204))
                if !windows {
                    vm.disablePasswordAuthentication = pick([nil, true, false])
                    vm.sshPublicKey = chance(50) ? .parameter(pick(["adminSshPublicKey", "sshKey\(i)"])) : nil
                }
                d.virtualMachines.append(vm)
            }
        }
        // Suppressions on resources and inline children that exist, in normal-form order.
        var paths = d.virtualNetworks.map(\.name) + d.networkSecurityGroups.map(\.name) + pips
        paths += d.networkSecurityGroups.flatMap { n in n.securityRules.map { "\(n.name)/securityRules/\($0.name)" } }
        paths += d.virtualNetworks.flatMap { v in
            v.virtualNetworkPeerings.map { "\(v.name)/virtualNetworkPeerings/\($0.name)" }
        }
        paths += allSubnets + d.routeServers.map(\.name) + d.virtualMachines.map(\.name)
        var seen: Set<String> = []
        for _ in 0..<int(0...4) where !paths.isEmpty {
            let s = Suppression(
                rule: pick(["SEC-001", "SUB-003", "PEER-009"]), resource: pick(paths),
                reason: pick(["accepted by the network team", "lab only; see ticket #42"]))
            if seen.insert(s.rule + s.resource).inserted { d.suppressions.append(s) }
        }
        d.suppressions.sort {
            ($0.resource.asciiLowercased, $0.rule, $0.reason) < ($1.resource.asciiLowercased, $1.rule, $1.reason)
        }
        return d
    }
}
