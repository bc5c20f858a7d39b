import HubSpokeCore

/// Route tables and user-defined routes as the command palette and the route table editor
/// create them. A refused value never reaches the design: next hop types are Azure's five
/// (RT-001, stored in Azure's spelling), an IP is required exactly for `VirtualAppliance`
/// (RT-002, RT-003), and a prefix is a CIDR block or a service tag (RT-007).
public enum RouteEditing {
    /// `:add routetable NAME`: no routes, the deployment's default region, gateway route
    /// propagation on (Azure's default).
    public static func addRouteTable(_ design: Design, name: String) throws(PaletteError) -> Design {
        try checkNewName(name, in: design)
        var copy = design
        copy.routeTables.append(RouteTable(name: name))
        return copy
    }

    /// `:add route ROUTETABLE NAME PREFIX NEXTHOPTYPE [NEXTHOPIP]`
    public static func addRoute(
        _ design: Design, table: String, name: String, prefix: String, nextHopType: String, nextHopIpAddress: String?
    ) throws(PaletteError) -> Design {
        guard case .routeTable(let t)? = ResourceLocation(table, in: design) else {
            throw PaletteError("no route table named \(table); :add routetable \(table) creates it")
        }
        let existing = design.routeTables[t]
        guard ResourcePath(parsing: name)?.childKind == nil, !name.contains("/"), !name.isEmpty else {
            throw PaletteError("'\(name)' is not a valid route name")
        }
        guard !existing.routes.contains(where: { $0.name.equalsIgnoringCase(name) }) else {
            throw PaletteError("\(existing.name) already has a route named \(name)")
        }
        let acceptedPrefix = try checkPrefix(prefix)
        if let clash = existing.routes.first(where: { $0.addressPrefix.equalsIgnoringCase(acceptedPrefix) }) {
            throw PaletteError(
                "\(existing.name) already routes \(acceptedPrefix) (route \(clash.name)); Azure refuses duplicate prefixes"
            )
        }
        let type = try nextHop(nextHopType)
        let address = try nextHopAddress(nextHopIpAddress, for: type)
        var copy = design
        copy.routeTables[t].routes.append(
            Route(name: name, addressPrefix: acceptedPrefix, nextHopType: type, nextHopIpAddress: address))
        return copy
    }

    /// Azure's spelling of a next hop type typed in any case.
    public static func nextHop(_ text: String) throws(PaletteError) -> String {
        guard let type = Route.userNextHopTypes.first(where: { $0.equalsIgnoringCase(text) }) else {
            throw PaletteError(
                "'\(text)' is not a next hop type; use \(Route.userNextHopTypes.joined(separator: ", "))")
        }
        return type
    }

    /// The next hop IP for a route of `type`: required for `VirtualAppliance`, refused otherwise.
    static func nextHopAddress(_ text: String?, for type: String) throws(PaletteError) -> String? {
        let trimmed = text?.trimmingWhitespace() ?? ""
        guard type == "VirtualAppliance" else {
            guard trimmed.isEmpty else {
                throw PaletteError("\(type) routes take no next hop IP; only VirtualAppliance routes do")
            }
            return nil
        }
        guard !trimmed.isEmpty else {
            throw PaletteError("a VirtualAppliance route needs the appliance's IP, e.g. the hub firewall's 10.0.1.4")
        }
        guard IPAddress(trimmed) != nil else { throw PaletteError("'\(trimmed)' is not an IPv4 or IPv6 address") }
        return trimmed
    }

    /// NSG-only tags that look like service tags but are not valid route prefixes.
    static let nsgOnlyTags = ["VirtualNetwork", "Internet", "AzureLoadBalancer", "Any"]

    /// A route prefix: a CIDR block (the core's parser: host bits refused with the network
    /// address suggested) or a service tag name such as `Storage` or `AzureCloud.westeurope`.
    public static func checkPrefix(_ text: String) throws(PaletteError) -> String {
        let trimmed = text.trimmingWhitespace()
        switch AddressPrefix.parse(trimmed) {
        case .success: return trimmed
        case .failure(.hostBitsSet(let network)):
            throw PaletteError("'\(trimmed)' has host bits set; did you mean \(network)?")
        case .failure(.malformed(let reason)):
            if nsgOnlyTags.contains(where: { $0.equalsIgnoringCase(trimmed) }) {
                throw PaletteError(
                    "\(trimmed) is an NSG tag; routes take a CIDR block or a service tag such as Storage")
            }
            guard ServiceTag.isTagShaped(trimmed) else {
                throw PaletteError("'\(trimmed)' is neither a CIDR block (\(reason)) nor a service tag")
            }
            return trimmed
        }
    }

    static func checkNewName(_ name: String, in design: Design) throws(PaletteError) {
        guard ResourceLocation(name, in: design) == nil else {
            throw PaletteError("a resource named \(name) already exists")
        }
        guard ResourcePath(parsing: name)?.childKind == nil, !name.contains("/"), !name.isEmpty else {
            throw PaletteError("'\(name)' is not a valid name")
        }
    }

    /// Paths of the subnets that use the route table at index `t`.
    public static func associatedSubnets(of t: Int, in design: Design) -> [String] {
        let name = design.routeTables[t].name
        var paths: [String] = []
        for vnet in design.virtualNetworks {
            for subnet in vnet.subnets where subnet.routeTable?.equalsIgnoringCase(name) == true {
                paths.append(ResourcePath.child(vnet.name, .subnets, subnet.name))
            }
        }
        return paths
    }

    /// The private address of the firewall at index `f`: as stated, or the first usable
    /// address of its subnet, which Azure assigns (x.x.x.4). Nil when neither is known.
    public static func firewallAddress(_ f: Int, in design: Design) -> String? {
        let firewall = design.azureFirewalls[f]
        if let stated = firewall.privateIPAddress, IPAddress(stated) != nil { return stated }
        guard case .subnet(let v, let s)? = ResourceLocation(firewall.subnet, in: design) else { return nil }
        let prefixes = design.virtualNetworks[v].subnets[s].addressPrefixes.compactMap { AddressPrefix($0) }
        return (prefixes.first { $0.family == .v4 } ?? prefixes.first)?.firstUsableAddress.description
    }

    /// Addresses a `VirtualAppliance` route can point at: every firewall's private address
    /// and the private IPs of NICs with IP forwarding (NVAs), for completion.
    public static func applianceAddresses(in design: Design) -> [String] {
        var addresses = design.azureFirewalls.indices.compactMap { firewallAddress($0, in: design) }
        for nic in design.networkInterfaces where nic.enableIPForwarding {
            addresses += nic.ipConfigurations.compactMap(\.privateIPAddress)
        }
        var seen = Set<String>()
        return addresses.filter { seen.insert($0).inserted }
    }
}
