import HubSpokeCore

/// The editable fields of each kind of resource, by Azure property name. The inspector lists
/// them and `:set PATH FIELD VALUE` writes them; both go through the same checks.
public enum ResourceFields {
    public static func fields(at location: ResourceLocation, in design: Design) -> [EditableField] {
        switch location {
        case .virtualNetwork(let v):
            let vnet = design.virtualNetworks[v]
            return [
                EditableField(
                    name: "addressPrefixes", value: vnet.addressPrefixes.joined(separator: ","), kind: .prefixList
                ) {
                    $0.virtualNetworks[v].addressPrefixes = list($1)
                },
                EditableField(name: "location", value: vnet.placement.location ?? "", kind: .optionalText) {
                    $0.virtualNetworks[v].placement.location = $1.isEmpty ? nil : $1
                },
                EditableField(name: "dnsServers", value: vnet.dnsServers.joined(separator: ","), kind: .textList) {
                    $0.virtualNetworks[v].dnsServers = list($1)
                },
            ]
        case .subnet(let v, let s):
            let subnet = design.virtualNetworks[v].subnets[s]
            return [
                EditableField(
                    name: "addressPrefix", value: subnet.addressPrefixes.joined(separator: ","), kind: .prefixList
                ) {
                    $0.virtualNetworks[v].subnets[s].addressPrefixes = list($1)
                },
                EditableField(
                    name: "networkSecurityGroup", value: subnet.networkSecurityGroup ?? "", kind: .optionalText
                ) {
                    $0.virtualNetworks[v].subnets[s].networkSecurityGroup = $1.isEmpty ? nil : $1
                },
                EditableField(name: "routeTable", value: subnet.routeTable ?? "", kind: .optionalText) {
                    $0.virtualNetworks[v].subnets[s].routeTable = $1.isEmpty ? nil : $1
                },
                EditableField(name: "delegations", value: subnet.delegations.joined(separator: ","), kind: .textList) {
                    $0.virtualNetworks[v].subnets[s].delegations = list($1)
                },
            ]
        case .peering(let v, let p):
            let peering = design.virtualNetworks[v].virtualNetworkPeerings[p]
            func flag(_ name: String, _ value: Bool, _ keyPath: WritableKeyPath<VirtualNetworkPeering, Bool> & Sendable)
                -> EditableField
            {
                EditableField(name: name, value: String(value), kind: .flag) {
                    $0.virtualNetworks[v].virtualNetworkPeerings[p][keyPath: keyPath] = $1 == "true"
                }
            }
            return [
                flag("allowVirtualNetworkAccess", peering.allowVirtualNetworkAccess, \.allowVirtualNetworkAccess),
                flag("allowForwardedTraffic", peering.allowForwardedTraffic, \.allowForwardedTraffic),
                flag("allowGatewayTransit", peering.allowGatewayTransit, \.allowGatewayTransit),
                flag("useRemoteGateways", peering.useRemoteGateways, \.useRemoteGateways),
                flag("doNotVerifyRemoteGateways", peering.doNotVerifyRemoteGateways, \.doNotVerifyRemoteGateways),
                EditableField(name: "remoteVirtualNetwork", value: peering.remoteVirtualNetwork, kind: .text) {
                    $0.virtualNetworks[v].virtualNetworkPeerings[p].remoteVirtualNetwork = $1
                },
            ]
        case .networkSecurityGroup(let n):
            return [
                EditableField(
                    name: "location", value: design.networkSecurityGroups[n].placement.location ?? "",
                    kind: .optionalText
                ) { $0.networkSecurityGroups[n].placement.location = $1.isEmpty ? nil : $1 }
            ]
        case .securityRule(let n, let r):
            let rule = design.networkSecurityGroups[n].securityRules[r]
            func text(
                _ name: String, _ value: String?, _ kind: FieldKind,
                _ set: @escaping @Sendable (inout SecurityRule, String) -> Void
            )
                -> EditableField
            {
                EditableField(name: name, value: value ?? "", kind: kind) {
                    set(&$0.networkSecurityGroups[n].securityRules[r], $1)
                }
            }
            return [
                text("priority", String(rule.priority), .integer) { $0.priority = Int($1) ?? $0.priority },
                text("direction", rule.direction, .choice(["Inbound", "Outbound"])) { $0.direction = $1 },
                text("access", rule.access, .choice(["Allow", "Deny"])) { $0.access = $1 },
                text("protocol", rule.protocol, .choice(["Tcp", "Udp", "Icmp", "Esp", "Ah", "*"])) { $0.protocol = $1 },
                text("sourceAddressPrefix", rule.sources.joined(separator: ","), .textList) {
                    let values = list($1)
                    $0.sourceAddressPrefix = values.count == 1 ? values[0] : nil
                    $0.sourceAddressPrefixes = values.count > 1 ? values : nil
                },
                text("sourcePortRange", rule.sourcePorts.joined(separator: ","), .textList) {
                    let values = list($1)
                    $0.sourcePortRange = values.count == 1 ? values[0] : nil
                    $0.sourcePortRanges = values.count > 1 ? values : nil
                },
                text("destinationAddressPrefix", rule.destinations.joined(separator: ","), .textList) {
                    let values = list($1)
                    $0.destinationAddressPrefix = values.count == 1 ? values[0] : nil
                    $0.destinationAddressPrefixes = values.count > 1 ? values : nil
                },
                text("destinationPortRange", rule.destinationPorts.joined(separator: ","), .textList) {
                    let values = list($1)
                    $0.destinationPortRange = values.count == 1 ? values[0] : nil
                    $0.destinationPortRanges = values.count > 1 ? values : nil
                },
            ]
        case .routeTable(let t):
            return [
                EditableField(
                    name: "disableBgpRoutePropagation", value: String(design.routeTables[t].disableBgpRoutePropagation),
                    kind: .flag
                ) { $0.routeTables[t].disableBgpRoutePropagation = $1 == "true" }
            ]
        case .route(let t, let r):
            let route = design.routeTables[t].routes[r]
            return [
                EditableField(name: "addressPrefix", value: route.addressPrefix, kind: .prefix) {
                    $0.routeTables[t].routes[r].addressPrefix = $1
                },
                EditableField(
                    name: "nextHopType", value: route.nextHopType,
                    kind: .choice(["VirtualAppliance", "VirtualNetworkGateway", "VnetLocal", "Internet", "None"])
                ) { design, type in
                    design.routeTables[t].routes[r].nextHopType = type
                    // Azure takes a next hop IP only for VirtualAppliance (RT-003): drop it on the way out.
                    if type != "VirtualAppliance" { design.routeTables[t].routes[r].nextHopIpAddress = nil }
                },
                EditableField(name: "nextHopIpAddress", value: route.nextHopIpAddress ?? "", kind: .optionalAddress) {
                    $0.routeTables[t].routes[r].nextHopIpAddress = $1.isEmpty ? nil : $1
                },
            ]
        case .virtualNetworkGateway(let g):
            let gateway = design.virtualNetworkGateways[g]
            return [
                EditableField(name: "gatewayType", value: gateway.gatewayType, kind: .choice(["Vpn", "ExpressRoute"])) {
                    // A SKU of the other type would not deploy: switch to that type's first AZ SKU.
                    $0.virtualNetworkGateways[g].gatewayType = $1
                    if case .failure = GatewaySKUCatalog.check(sku: $0.virtualNetworkGateways[g].sku, gatewayType: $1) {
                        $0.virtualNetworkGateways[g].sku = GatewaySKUCatalog.skus(for: $1).first ?? ""
                    }
                    $0.virtualNetworkGateways[g].vpnType = $1 == "Vpn" ? "RouteBased" : nil
                },
                EditableField(name: "sku", value: gateway.sku, kind: .checked(gatewaySKU(gateway.gatewayType))) {
                    $0.virtualNetworkGateways[g].sku = $1
                },
                EditableField(name: "enableBgp", value: String(gateway.enableBgp), kind: .flag) {
                    $0.virtualNetworkGateways[g].enableBgp = $1 == "true"
                },
                EditableField(name: "activeActive", value: String(gateway.activeActive), kind: .flag) {
                    $0.virtualNetworkGateways[g].activeActive = $1 == "true"
                },
                EditableField(
                    name: "vpnType", value: gateway.vpnType ?? "", kind: .choice(["RouteBased", "PolicyBased"])
                ) {
                    $0.virtualNetworkGateways[g].vpnType = $1
                },
                EditableField(name: "publicIPAddress", value: gateway.publicIPAddress ?? "", kind: .optionalText) {
                    $0.virtualNetworkGateways[g].publicIPAddress = $1.isEmpty ? nil : $1
                },
            ]
        case .azureFirewall(let f):
            let firewall = design.azureFirewalls[f]
            return [
                EditableField(
                    name: "skuTier", value: firewall.skuTier, kind: .choice(["Basic", "Standard", "Premium"])
                ) {
                    $0.azureFirewalls[f].skuTier = $1
                },
                EditableField(name: "firewallPolicy", value: firewall.firewallPolicy ?? "", kind: .optionalText) {
                    $0.azureFirewalls[f].firewallPolicy = $1.isEmpty ? nil : $1
                },
                EditableField(name: "privateIPAddress", value: firewall.privateIPAddress ?? "", kind: .optionalAddress)
                {
                    $0.azureFirewalls[f].privateIPAddress = $1.isEmpty ? nil : $1
                },
                EditableField(name: "publicIPAddress", value: firewall.publicIPAddress ?? "", kind: .optionalText) {
                    $0.azureFirewalls[f].publicIPAddress = $1.isEmpty ? nil : $1
                },
            ]
        case .bastionHost(let b):
            return [
                EditableField(
                    name: "sku", value: design.bastionHosts[b].sku,
                    kind: .choice(["Developer", "Basic", "Standard", "Premium"])
                ) { $0.bastionHosts[b].sku = $1 },
                EditableField(
                    name: "publicIPAddress", value: design.bastionHosts[b].publicIPAddress ?? "", kind: .optionalText
                ) { $0.bastionHosts[b].publicIPAddress = $1.isEmpty ? nil : $1 },
            ]
        case .networkInterface(let i):
            let nic = design.networkInterfaces[i]
            return [
                EditableField(name: "enableIPForwarding", value: String(nic.enableIPForwarding), kind: .flag) {
                    $0.networkInterfaces[i].enableIPForwarding = $1 == "true"
                },
                EditableField(name: "networkSecurityGroup", value: nic.networkSecurityGroup ?? "", kind: .optionalText)
                {
                    $0.networkInterfaces[i].networkSecurityGroup = $1.isEmpty ? nil : $1
                },
            ] + privateAddressField(nic: i, in: design)
        case .virtualMachine(let m):
            let machine = design.virtualMachines[m]
            return [
                EditableField(name: "vmSize", value: machine.vmSize, kind: .checked(vmSize)) {
                    $0.virtualMachines[m].vmSize = $1
                },
                EditableField(name: "osType", value: machine.osType, kind: .choice(["Windows", "Linux"])) {
                    guard !$0.virtualMachines[m].osType.equalsIgnoringCase($1) else { return }
                    DesignEditor.setOperatingSystem($1, of: &$0.virtualMachines[m])
                },
                EditableField(
                    name: "adminUsername", value: CredentialText.display(machine.adminUsername),
                    kind: .checked(CredentialText.adminUsername)
                ) { $0.virtualMachines[m].adminUsername = CredentialText.userName($1) },
                EditableField(
                    name: "adminPassword", value: CredentialText.displayPassword(machine.adminPassword),
                    kind: .checked(CredentialText.adminPassword)
                ) { $0.virtualMachines[m].adminPassword = CredentialText.password($1) },
            ]
        case .publicIPAddress(let p):
            return [
                EditableField(
                    name: "sku", value: design.publicIPAddresses[p].sku, kind: .choice(["Basic", "Standard"])
                ) {
                    // Standard public IPs are always static.
                    $0.publicIPAddresses[p].sku = $1
                    if $1 == "Standard" { $0.publicIPAddresses[p].publicIPAllocationMethod = "Static" }
                },
                EditableField(
                    name: "publicIPAllocationMethod", value: design.publicIPAddresses[p].publicIPAllocationMethod,
                    kind: .checked(allocationMethod(sku: design.publicIPAddresses[p].sku))
                ) { $0.publicIPAddresses[p].publicIPAllocationMethod = $1 },
            ]
        }
    }

    /// The SKUs a gateway of `gatewayType` accepts.
    static func gatewaySKU(_ gatewayType: String) -> FieldCheck {
        FieldCheck(name: "gateway-sku:\(gatewayType)", suggestions: GatewaySKUCatalog.skus(for: gatewayType)) {
            GatewaySKUCatalog.check(sku: $0, gatewayType: gatewayType)
        }
    }

    static let commonVMSizes = [
        "Standard_B2s", "Standard_B2ms", "Standard_D2s_v5", "Standard_D4s_v5", "Standard_DS1_v2", "Standard_F2s_v2",
    ]

    /// Azure VM size names: `Standard_` or `Basic_` and the size, e.g. `Standard_D2s_v5`.
    static let vmSize = FieldCheck(name: "vmSize", suggestions: commonVMSizes) { text in
        let known = commonVMSizes.first { $0.equalsIgnoringCase(text) }
        if let known { return .success(known) }
        for family in ["Standard_", "Basic_"] where text.lowercased().hasPrefix(family.lowercased()) {
            let size = text.dropFirst(family.count)
            if !size.isEmpty, size.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) {
                return .success(family + size)
            }
        }
        return .failure(PaletteError("'\(text)' is not a VM size; sizes look like Standard_B2s or Standard_D2s_v5"))
    }

    /// `Static` or `Dynamic`; a Standard public IP is always static.
    static func allocationMethod(sku: String) -> FieldCheck {
        let options = sku.equalsIgnoringCase("Standard") ? ["Static"] : ["Static", "Dynamic"]
        return FieldCheck(name: "allocation:\(sku)", suggestions: options) { text in
            if sku.equalsIgnoringCase("Standard"), text.equalsIgnoringCase("Dynamic") {
                return .failure(PaletteError("a Standard public IP is always Static"))
            }
            return FieldKind.choice(options).accept(text)
        }
    }

    /// The private address of a NIC's primary IP configuration: empty for a dynamic address,
    /// otherwise a static one checked against its subnet and the addresses already in use.
    static func privateAddressField(nic i: Int, in design: Design) -> [EditableField] {
        let nic = design.networkInterfaces[i]
        guard !nic.ipConfigurations.isEmpty else { return [] }
        let c = nic.ipConfigurations.firstIndex { $0.primary == true } ?? 0
        let configuration = nic.ipConfigurations[c]
        let isStatic = configuration.privateIPAllocationMethod.equalsIgnoringCase("Static")
        let subnet = configuration.subnet
        let check = FieldCheck(name: "privateIPAddress:\(subnet)") { text in
            text.isEmpty
                ? .success("") : PrivateAddressCheck.check(text, subnet: subnet, in: design, exceptNetworkInterface: i)
        }
        return [
            EditableField(
                name: "privateIPAddress", value: isStatic ? configuration.privateIPAddress ?? "" : "",
                kind: .checked(check)
            ) {
                $0.networkInterfaces[i].ipConfigurations[c].privateIPAllocationMethod =
                    $1.isEmpty ? "Dynamic" : "Static"
                $0.networkInterfaces[i].ipConfigurations[c].privateIPAddress = $1.isEmpty ? nil : $1
            }
        ]
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
