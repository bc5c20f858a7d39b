import HubSpokeCore

/// Edits a ``Design`` value the way the command palette and the editors ask for. Each function
/// returns a new design or the reason the edit is refused; the caller keeps the old design for
/// undo. Refused edits change nothing.
public enum DesignEditor {
    /// `:add vnet NAME PREFIX [REGION]`
    public static func addVirtualNetwork(_ design: Design, name: String, prefix: String, region: String?)
        throws(PaletteError)
        -> Design
    {
        guard ResourceLocation(name, in: design) == nil else {
            throw PaletteError("a resource named \(name) already exists")
        }
        guard ResourcePath(parsing: name)?.childKind == nil, !name.contains("/") else {
            throw PaletteError("'\(name)' is not a valid name")
        }
        let accepted = try FieldKind.prefixList.accept(prefix).get()
        var copy = design
        copy.virtualNetworks.append(
            VirtualNetwork(
                name: name, placement: Placement(location: region), addressPrefixes: ResourceFields.list(accepted)))
        return copy
    }

    /// `:add subnet VNET NAME PREFIX`
    public static func addSubnet(_ design: Design, virtualNetwork: String, name: String, prefix: String)
        throws(PaletteError)
        -> Design
    {
        guard case .virtualNetwork(let v)? = ResourceLocation(virtualNetwork, in: design) else {
            throw PaletteError("no virtual network named \(virtualNetwork)")
        }
        guard !design.virtualNetworks[v].subnets.contains(where: { $0.name.equalsIgnoringCase(name) }) else {
            throw PaletteError("\(design.virtualNetworks[v].name) already has a subnet named \(name)")
        }
        let accepted = try FieldKind.prefix.accept(prefix).get()
        var copy = design
        copy.virtualNetworks[v].subnets.append(Subnet(name: name, addressPrefixes: [accepted]))
        return copy
    }

    /// `:peer A B`: both halves, `A-to-B` in A and `B-to-A` in B, with Azure's default flags.
    public static func peer(_ design: Design, _ first: String, _ second: String) throws(PaletteError) -> Design {
        guard case .virtualNetwork(let a)? = ResourceLocation(first, in: design) else {
            throw PaletteError("no virtual network named \(first)")
        }
        guard case .virtualNetwork(let b)? = ResourceLocation(second, in: design) else {
            throw PaletteError("no virtual network named \(second)")
        }
        guard a != b else { throw PaletteError("a virtual network cannot be peered with itself") }
        let nameA = design.virtualNetworks[a].name
        let nameB = design.virtualNetworks[b].name
        let halves = [(a, "\(nameA)-to-\(nameB)", nameB), (b, "\(nameB)-to-\(nameA)", nameA)]
        var copy = design
        for (index, name, remote) in halves {
            let peerings = copy.virtualNetworks[index].virtualNetworkPeerings
            if peerings.contains(where: {
                $0.name.equalsIgnoringCase(name) || $0.remoteVirtualNetwork.equalsIgnoringCase(remote)
            }) {
                throw PaletteError("\(copy.virtualNetworks[index].name) is already peered with \(remote)")
            }
            copy.virtualNetworks[index].virtualNetworkPeerings.append(
                VirtualNetworkPeering(name: name, remoteVirtualNetwork: remote))
        }
        return copy
    }

    /// Field names accepted besides the canonical ones.
    static let fieldAliases: [String: String] = [
        "addressprefixes": "addressPrefix", "addressprefix": "addressPrefixes", "prefix": "addressPrefix",
        "prefixes": "addressPrefixes", "nsg": "networkSecurityGroup", "region": "location",
    ]

    /// The field of a resource by name (case-insensitive, with aliases).
    public static func field(_ name: String, at location: ResourceLocation, in design: Design) -> EditableField? {
        let fields = ResourceFields.fields(at: location, in: design)
        if let exact = fields.first(where: { $0.name.equalsIgnoringCase(name) }) { return exact }
        guard let alias = fieldAliases[name.asciiLowercased] else { return nil }
        return fields.first { $0.name.equalsIgnoringCase(alias) }
    }

    /// `:set PATH FIELD VALUE`
    public static func set(_ design: Design, path: String, field name: String, value: String) throws(PaletteError)
        -> Design
    {
        guard let location = ResourceLocation(path, in: design) else { throw PaletteError("nothing at \(path)") }
        guard let field = field(name, at: location, in: design) else {
            let names = ResourceFields.fields(at: location, in: design).map(\.name).joined(separator: ", ")
            throw PaletteError("\(location.kindName) has no field \(name); fields: \(names)")
        }
        let accepted = try field.kind.accept(value).get()
        var copy = design
        field.apply(&copy, accepted)
        return copy
    }

    /// Flips a boolean field (Space in the inspector and the peering editor).
    public static func toggle(_ design: Design, path: String, field name: String) throws(PaletteError) -> Design {
        guard let location = ResourceLocation(path, in: design), let field = field(name, at: location, in: design),
            field.kind == .flag
        else { throw PaletteError("\(name) is not a flag") }
        return try set(design, path: path, field: name, value: field.value == "true" ? "false" : "true")
    }

    /// `:del PATH`. Deleting a VNet leaves the remote halves of its peerings in place, as Azure
    /// does (they show as disconnected), so the validator points at them.
    public static func delete(_ design: Design, path: String) throws(PaletteError) -> Design {
        guard let location = ResourceLocation(path, in: design) else { throw PaletteError("nothing at \(path)") }
        var copy = design
        switch location {
        case .virtualNetwork(let v): copy.virtualNetworks.remove(at: v)
        case .subnet(let v, let s): copy.virtualNetworks[v].subnets.remove(at: s)
        case .peering(let v, let p): copy.virtualNetworks[v].virtualNetworkPeerings.remove(at: p)
        case .networkSecurityGroup(let n): copy.networkSecurityGroups.remove(at: n)
        case .securityRule(let n, let r): copy.networkSecurityGroups[n].securityRules.remove(at: r)
        case .routeTable(let t): copy.routeTables.remove(at: t)
        case .route(let t, let r): copy.routeTables[t].routes.remove(at: r)
        case .virtualNetworkGateway(let i): copy.virtualNetworkGateways.remove(at: i)
        case .azureFirewall(let i): copy.azureFirewalls.remove(at: i)
        case .bastionHost(let i): copy.bastionHosts.remove(at: i)
        case .networkInterface(let i): copy.networkInterfaces.remove(at: i)
        case .virtualMachine(let i): copy.virtualMachines.remove(at: i)
        case .publicIPAddress(let i): copy.publicIPAddresses.remove(at: i)
        }
        return copy
    }

    /// The other half of a peering: the peering in the remote VNet that points back.
    public static func reverseHalf(of vnet: Int, _ peering: Int, in design: Design) -> (Int, Int)? {
        let local = design.virtualNetworks[vnet]
        let remoteName = local.virtualNetworkPeerings[peering].remoteVirtualNetwork
        guard case .virtualNetwork(let r)? = ResourceLocation(remoteName, in: design) else { return nil }
        guard
            let back = design.virtualNetworks[r].virtualNetworkPeerings.firstIndex(where: {
                $0.remoteVirtualNetwork.equalsIgnoringCase(local.name)
            })
        else { return nil }
        return (r, back)
    }

    /// Applies a preset to both halves of the peering at `path` (see ``PeeringPreset``).
    public static func apply(_ preset: PeeringPreset, toPeering path: String, in design: Design) throws(PaletteError)
        -> Design
    {
        guard case .peering(let v, let p)? = ResourceLocation(path, in: design) else {
            throw PaletteError("\(path) is not a peering")
        }
        var copy = design
        let reverse = reverseHalf(of: v, p, in: design)
        let localIsHub = TopologyRoles(design).isHub(v)
        var hubHalf = (v, p)
        var spokeHalf = reverse
        if !localIsHub, let reverse {
            hubHalf = reverse
            spokeHalf = (v, p)
        }
        switch preset {
        case .gatewayTransit:
            copy.virtualNetworks[hubHalf.0].virtualNetworkPeerings[hubHalf.1].allowVirtualNetworkAccess = true
            copy.virtualNetworks[hubHalf.0].virtualNetworkPeerings[hubHalf.1].allowGatewayTransit = true
            copy.virtualNetworks[hubHalf.0].virtualNetworkPeerings[hubHalf.1].useRemoteGateways = false
            if let spokeHalf {
                copy.virtualNetworks[spokeHalf.0].virtualNetworkPeerings[spokeHalf.1].allowVirtualNetworkAccess = true
                copy.virtualNetworks[spokeHalf.0].virtualNetworkPeerings[spokeHalf.1].useRemoteGateways = true
                copy.virtualNetworks[spokeHalf.0].virtualNetworkPeerings[spokeHalf.1].allowGatewayTransit = false
            }
        case .spokeToSpokeViaHubAppliance:
            for half in [hubHalf] + (spokeHalf.map { [$0] } ?? []) {
                copy.virtualNetworks[half.0].virtualNetworkPeerings[half.1].allowVirtualNetworkAccess = true
                copy.virtualNetworks[half.0].virtualNetworkPeerings[half.1].allowForwardedTraffic = true
            }
        }
        return copy
    }
}
