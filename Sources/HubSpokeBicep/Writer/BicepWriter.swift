import HubSpokeCore

/// Writes a design as idiomatic Bicep: one API version per provider, `param location` for the
/// deployment's default region, secrets only as `@secure()` parameters, `parent:` for child
/// resources and symbolic references instead of `resourceId()` strings. The output depends only
/// on the design, so the same design always gives the same bytes.
///
/// `BicepReader` reads an export back to the same design when the design is in normal form
/// (contracts.md, "Round trip"): credentials are parameters (`.secureParameter` for passwords)
/// with valid identifier names; `existing` VNets hold only a name, their scope and subnet names;
/// other resources have no resource group or subscription of their own (export deploys
/// everything into one resource group); suppressions name resources of the design and are
/// sorted by path, then rule; a firewall's `privateIPAddress` is nil (read-only in ARM);
/// Bastion and firewall public IPs come with their subnets; Windows VMs have no SSH settings.
/// Carried-through resources come back with the export's file and line.
public enum BicepWriter {
    /// The one API version per provider (see azure-rules.md, "Bicep / ARM API versions").
    public static let networkAPIVersion = "2024-05-01"
    public static let computeAPIVersion = "2024-07-01"

    public static func write(_ design: Design) -> String {
        var export = BicepExport(design: design)
        return export.render()
    }
}

/// A subnet by VNet index and subnet index (what `DesignIndex.SubnetRef` says, constructible here).
struct SubnetSlot: Hashable {
    var vnet: Int
    var subnet: Int
}

/// The state of one export: symbol names, credential parameters and the blocks written so far.
struct BicepExport {
    let design: Design
    let index: DesignIndex
    var symbols = SymbolNames()
    var credentials = CredentialParameters()
    var blocks: [ResourceBlock] = []

    var vnetSymbols: [String] = []
    var subnetSymbols: [SubnetSlot: String] = [:]
    var referencedSubnets: Set<SubnetSlot> = []
    var nsgSymbols: [String] = []
    var asgSymbols: [String] = []
    var routeTableSymbols: [String] = []
    var publicIPSymbols: [String] = []
    var gatewaySymbols: [String] = []
    var localGatewaySymbols: [String] = []
    var policySymbols: [String] = []
    var nicSymbols: [String] = []
    var connectionSymbols: [String] = []
    var ruleCollectionGroupSymbols: [[String]] = []
    var firewallSymbols: [String] = []
    var bastionSymbols: [String] = []
    var routeServerSymbols: [String] = []
    var routeServerIPConfigSymbols: [String] = []
    var loadBalancerSymbols: [String] = []
    var vmSymbols: [String] = []
    /// Peering symbols by VNet index and peering index, for `dependsOn`.
    var peeringSymbols: [[String]] = []
    /// Suppressions by the lower-cased path they are about.
    var suppressionsByPath: [String: [Suppression]] = [:]

    init(design: Design) {
        self.design = design
        self.index = DesignIndex(design)
        for s in design.suppressions {
            suppressionsByPath[BicepExport.pathKey(s.resource), default: []].append(s)
        }
    }

    static func pathKey(_ path: String) -> String {
        ResourcePath(parsing: path)?.lookupKey ?? path.asciiLowercased
    }

    static let sharedKeyParameter = "vpnSharedKey"

    static func network(_ type: String) -> String { "Microsoft.Network/\(type)@\(BicepWriter.networkAPIVersion)" }
    static func compute(_ type: String) -> String { "Microsoft.Compute/\(type)@\(BicepWriter.computeAPIVersion)" }

    /// `// hubspoke:suppress RULE reason` lines for the resource or child at `path`.
    func suppressionComments(_ path: String) -> [String] {
        (suppressionsByPath[BicepExport.pathKey(path)] ?? []).map { s in
            let reason = s.reason.split(whereSeparator: \.isNewline).joined(separator: " ")
            return "// hubspoke:suppress \(s.rule) \(reason)"
        }
    }

    /// `location: location` for the deployment default, else the region as written.
    func location(_ placement: Placement) -> EmittedValue {
        placement.location.map { .string($0) } ?? .expression("location")
    }

    mutating func render() -> String {
        prepare()

        emitNetworkSecurityGroups()
        emitApplicationSecurityGroups()
        emitRouteTables()
        emitPublicIPAddresses()
        emitVirtualNetworks()
        emitPeerings()
        emitGateways()
        emitFirewalls()
        emitBastionHosts()
        emitRouteServers()
        emitLoadBalancers()
        emitNetworkInterfaces()
        emitVirtualMachines()

        var out = "param location string = resourceGroup().location\n"
        let params = credentials.rendered()
        if !params.isEmpty { out += "\n" + params }
        for block in blocks { out += "\n" + block.rendered() }
        for p in design.passthrough {
            var text = p.sourceText
            while text.last == "\n" || text.last == " " { text.removeLast() }
            out += "\n" + text + "\n"
        }
        return out
    }

    /// Names credential parameters and every symbol, before anything is written.
    mutating func prepare() {
        // Credential parameters are named before any resource so a symbol never takes their name.
        for vm in design.virtualMachines {
            _ = credentials.name(for: vm.adminUsername, role: .username)
            if let password = vm.adminPassword { _ = credentials.name(for: password, role: .password) }
            if let key = vm.sshPublicKey { _ = credentials.name(for: key, role: .sshPublicKey) }
        }
        // Site-to-site and VNet-to-VNet connections authenticate with a pre-shared key.
        if design.connections.contains(where: { !$0.connectionType.equalsIgnoringCase("ExpressRoute") }) {
            _ = credentials.secureParameter(BicepExport.sharedKeyParameter)
        }
        for p in credentials.parameters { symbols.reserve(p.name) }
        for p in design.passthrough { symbols.reserve(p.symbolicName) }
        collectReferencedSubnets()
        claimSymbols()
    }

    /// The symbol the export gives each top-level resource, by lower-cased `type|name`
    /// (`microsoft.network/virtualnetworks|vnet-hub`). The reader uses it to point carried-through
    /// resources at the exported symbols.
    static func topLevelSymbols(of design: Design) -> [String: String] {
        var export = BicepExport(design: design)
        export.prepare()
        var out: [String: String] = [:]
        func add(_ type: String, _ names: [String], _ symbols: [String]) {
            for (name, symbol) in zip(names, symbols) {
                out["microsoft.\(type)|\(name)".asciiLowercased] = symbol
            }
        }
        add("network/networksecuritygroups", design.networkSecurityGroups.map(\.name), export.nsgSymbols)
        add("network/applicationsecuritygroups", design.applicationSecurityGroups.map(\.name), export.asgSymbols)
        add("network/routetables", design.routeTables.map(\.name), export.routeTableSymbols)
        add("network/publicipaddresses", design.publicIPAddresses.map(\.name), export.publicIPSymbols)
        add("network/virtualnetworks", design.virtualNetworks.map(\.name), export.vnetSymbols)
        add("network/virtualnetworkgateways", design.virtualNetworkGateways.map(\.name), export.gatewaySymbols)
        add("network/localnetworkgateways", design.localNetworkGateways.map(\.name), export.localGatewaySymbols)
        add("network/connections", design.connections.map(\.name), export.connectionSymbols)
        add("network/firewallpolicies", design.firewallPolicies.map(\.name), export.policySymbols)
        add("network/azurefirewalls", design.azureFirewalls.map(\.name), export.firewallSymbols)
        add("network/bastionhosts", design.bastionHosts.map(\.name), export.bastionSymbols)
        add("network/virtualhubs", design.routeServers.map(\.name), export.routeServerSymbols)
        add("network/loadbalancers", design.loadBalancers.map(\.name), export.loadBalancerSymbols)
        add("network/networkinterfaces", design.networkInterfaces.map(\.name), export.nicSymbols)
        add("compute/virtualmachines", design.virtualMachines.map(\.name), export.vmSymbols)
        return out
    }

    /// Subnets other resources point at get a nested `existing` declaration to refer through.
    mutating func collectReferencedSubnets() {
        var paths: [String] = []
        for nic in design.networkInterfaces { paths += nic.ipConfigurations.map(\.subnet) }
        paths += design.virtualNetworkGateways.map(\.subnet)
        for f in design.azureFirewalls { paths += [f.subnet] + (f.managementSubnet.map { [$0] } ?? []) }
        paths += design.bastionHosts.compactMap(\.subnet)
        paths += design.routeServers.map(\.subnet)
        for lb in design.loadBalancers { paths += lb.frontendIPConfigurations.map(\.subnet) }
        for path in paths {
            if let ref = index.subnet(path) { referencedSubnets.insert(SubnetSlot(vnet: ref.vnet, subnet: ref.subnet)) }
        }
    }

    /// Symbols in the order resources print, so names depend only on the design.
    mutating func claimSymbols() {
        nsgSymbols = design.networkSecurityGroups.map { symbols.claim(for: $0.name, qualifier: "Nsg") }
        asgSymbols = design.applicationSecurityGroups.map { symbols.claim(for: $0.name, qualifier: "Asg") }
        routeTableSymbols = design.routeTables.map { symbols.claim(for: $0.name, qualifier: "RouteTable") }
        publicIPSymbols = design.publicIPAddresses.map { symbols.claim(for: $0.name, qualifier: "PublicIp") }
        for (v, vnet) in design.virtualNetworks.enumerated() {
            let vnetSymbol = symbols.claim(for: vnet.name, qualifier: "Vnet")
            vnetSymbols.append(vnetSymbol)
            // An existing VNet's subnets are all declared: that is the only place they are written.
            for (s, subnet) in vnet.subnets.enumerated()
            where vnet.isExisting || referencedSubnets.contains(SubnetSlot(vnet: v, subnet: s)) {
                subnetSymbols[SubnetSlot(vnet: v, subnet: s)] = symbols.claim(
                    for: vnet.name + "-" + subnet.name, qualifier: "Subnet")
            }
        }
        for vnet in design.virtualNetworks {
            peeringSymbols.append(
                vnet.virtualNetworkPeerings.map { symbols.claim(for: $0.name, qualifier: "Peering") })
        }
        gatewaySymbols = design.virtualNetworkGateways.map { symbols.claim(for: $0.name, qualifier: "Gateway") }
        localGatewaySymbols = design.localNetworkGateways.map {
            symbols.claim(for: $0.name, qualifier: "LocalGateway")
        }
        connectionSymbols = design.connections.map { symbols.claim(for: $0.name, qualifier: "Connection") }
        policySymbols = design.firewallPolicies.map { symbols.claim(for: $0.name, qualifier: "Policy") }
        ruleCollectionGroupSymbols = design.firewallPolicies.map { policy in
            policy.ruleCollectionGroups.map { symbols.claim(for: policy.name + "-" + $0.name, qualifier: "Group") }
        }
        firewallSymbols = design.azureFirewalls.map { symbols.claim(for: $0.name, qualifier: "Firewall") }
        bastionSymbols = design.bastionHosts.map { symbols.claim(for: $0.name, qualifier: "Bastion") }
        for server in design.routeServers {
            routeServerSymbols.append(symbols.claim(for: server.name, qualifier: "RouteServer"))
            routeServerIPConfigSymbols.append(symbols.claim(for: server.name + "-ipconfig", qualifier: "IpConfig"))
        }
        loadBalancerSymbols = design.loadBalancers.map { symbols.claim(for: $0.name, qualifier: "LoadBalancer") }
        nicSymbols = design.networkInterfaces.map { symbols.claim(for: $0.name, qualifier: "Nic") }
        vmSymbols = design.virtualMachines.map { symbols.claim(for: $0.name, qualifier: "Vm") }
    }

    // MARK: references

    /// `{ id: vnetHub::vnetHubGatewaySubnet.id }`, or the ID as written when the subnet is not
    /// in the design (a full resource ID of a subnet elsewhere).
    func subnetReference(_ path: String) -> EmittedValue {
        if let ref = index.subnet(path), let symbol = subnetSymbols[SubnetSlot(vnet: ref.vnet, subnet: ref.subnet)] {
            return .reference("\(vnetSymbols[ref.vnet])::\(symbol).id")
        }
        return .object([("id", idExpression(path, type: "Microsoft.Network/virtualNetworks/subnets"))])
    }

    /// A reference to a top-level resource by design path: its symbol, else the ID as written.
    func reference(_ path: String, lookup: (String) -> Int?, symbols table: [String], type: String)
        -> EmittedValue
    {
        if let i = lookup(path), i < table.count { return .reference("\(table[i]).id") }
        return .object([("id", idExpression(path, type: type))])
    }

    /// A resource outside the design: a full ID is a string; a bare name resolves in this
    /// resource group with `resourceId()`, the only way to name it.
    func idExpression(_ path: String, type: String) -> EmittedValue {
        if let call = implicitScopeResourceId(path) { return call }
        if path.hasPrefix("/") { return .string(path) }
        let parts = path.split(separator: "/").map(String.init)
        var args = [EmittedValue.quoted(type)]
        if parts.count == 3 {
            args += [EmittedValue.quoted(parts[0]), EmittedValue.quoted(parts[2])]
        } else {
            args.append(EmittedValue.quoted(path))
        }
        return .expression("resourceId(\(args.joined(separator: ", ")))")
    }

    /// An id the reader wrote with the deployment's own subscription or resource group left
    /// implicit (`/subscriptions/{subscription().subscriptionId}/resourceGroups/rg/...`, the
    /// text of `BicepResourceId` for an `existing` resource): `resourceId()` says the same in Bicep.
    func implicitScopeResourceId(_ path: String) -> EmittedValue? {
        let implicitSubscription = "{subscription().subscriptionId}"
        let implicitGroup = "{resourceGroup().name}"
        guard path.hasPrefix("/subscriptions/"), path.contains("{") else { return nil }
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 8, parts[0] == "subscriptions", parts[2] == "resourceGroups", parts[4] == "providers",
            parts.count % 2 == 0
        else { return nil }
        var args: [String] = []
        if parts[1] != implicitSubscription { args.append(EmittedValue.quoted(parts[1])) }
        if parts[3] != implicitGroup {
            args.append(EmittedValue.quoted(parts[3]))
        } else if !args.isEmpty {
            return nil
        }
        var types = [parts[5] + "/" + parts[6]]
        var names: [String] = []
        var k = 7
        while k < parts.count {
            names.append(parts[k])
            if k + 2 < parts.count { types.append(parts[k + 1]) }
            k += 2
        }
        guard names.count == types.count, !(names + args).contains(where: { $0.contains("{") }) else { return nil }
        args.append(EmittedValue.quoted(types.joined(separator: "/")))
        args += names.map(EmittedValue.quoted)
        return .expression("resourceId(\(args.joined(separator: ", ")))")
    }

    func nsgReference(_ path: String) -> EmittedValue {
        reference(
            path, lookup: index.networkSecurityGroup, symbols: nsgSymbols,
            type: "Microsoft.Network/networkSecurityGroups")
    }

    func asgReferences(_ paths: [String]) -> EmittedValue {
        .array(
            paths.map {
                reference(
                    $0, lookup: index.applicationSecurityGroup, symbols: asgSymbols,
                    type: "Microsoft.Network/applicationSecurityGroups")
            })
    }

    func publicIPReference(_ path: String) -> EmittedValue {
        reference(
            path, lookup: index.publicIPAddress, symbols: publicIPSymbols,
            type: "Microsoft.Network/publicIPAddresses")
    }
}
