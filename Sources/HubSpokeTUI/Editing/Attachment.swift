import HubSpokeCore

/// Associating NSGs and route tables with subnets and NICs (`:attach`, `:detach`, the NSG
/// editor's association list). An NSG applies to a subnet or a NIC; a route table only to a
/// subnet, because Azure applies user routes per subnet, never per NIC.
public enum Attachment {
    /// What is being attached.
    enum Resource {
        case securityGroup(Int)
        case routeTable(Int)
    }

    /// `:attach NSG_OR_ROUTETABLE PATH`. Replaces an association the target already has, and
    /// says so in the returned message.
    public static func attach(_ design: Design, _ name: String, to path: String) throws(PaletteError) -> (
        Design, String
    ) {
        let resource = try resolve(name, in: design)
        var copy = design
        let resourceName: String
        let previous: String?
        switch (resource, ResourceLocation(path, in: design)) {
        case (.securityGroup(let n), .subnet(let v, let s)?):
            resourceName = design.networkSecurityGroups[n].name
            previous = design.virtualNetworks[v].subnets[s].networkSecurityGroup
            copy.virtualNetworks[v].subnets[s].networkSecurityGroup = resourceName
        case (.securityGroup(let n), .networkInterface(let i)?):
            resourceName = design.networkSecurityGroups[n].name
            previous = design.networkInterfaces[i].networkSecurityGroup
            copy.networkInterfaces[i].networkSecurityGroup = resourceName
        case (.routeTable(let t), .subnet(let v, let s)?):
            resourceName = design.routeTables[t].name
            previous = design.virtualNetworks[v].subnets[s].routeTable
            copy.virtualNetworks[v].subnets[s].routeTable = resourceName
        case (.routeTable(let t), .networkInterface?):
            throw PaletteError(
                "a route table cannot be attached to a NIC: Azure applies routes to subnets; "
                    + "attach \(design.routeTables[t].name) to the NIC's subnet")
        case (_, nil):
            throw PaletteError("nothing at \(path); attach to a subnet (VNET/subnets/NAME) or a NIC")
        case (_, let location?):
            throw PaletteError("cannot attach to a \(location.kindName); attach to a subnet or a NIC")
        }
        let canonical = ResourceLocation(path, in: design)!.path(in: design)
        if let previous, !previous.isEmpty, !refers(previous, to: resourceName) {
            return (copy, "attached \(resourceName) to \(canonical), replacing \(previous)")
        }
        return (copy, "attached \(resourceName) to \(canonical)")
    }

    /// `:detach NSG_OR_ROUTETABLE PATH`: refused when PATH is not attached to it.
    public static func detach(_ design: Design, _ name: String, from path: String) throws(PaletteError) -> Design {
        let resource = try resolve(name, in: design)
        var copy = design
        func check(_ current: String?, _ resourceName: String) throws(PaletteError) {
            guard let current, refers(current, to: resourceName) else {
                throw PaletteError(
                    "\(resourceName) is not attached to \(path)" + (current.map { " (it has \($0))" } ?? ""))
            }
        }
        switch (resource, ResourceLocation(path, in: design)) {
        case (.securityGroup(let n), .subnet(let v, let s)?):
            try check(design.virtualNetworks[v].subnets[s].networkSecurityGroup, design.networkSecurityGroups[n].name)
            copy.virtualNetworks[v].subnets[s].networkSecurityGroup = nil
        case (.securityGroup(let n), .networkInterface(let i)?):
            try check(design.networkInterfaces[i].networkSecurityGroup, design.networkSecurityGroups[n].name)
            copy.networkInterfaces[i].networkSecurityGroup = nil
        case (.routeTable(let t), .subnet(let v, let s)?):
            try check(design.virtualNetworks[v].subnets[s].routeTable, design.routeTables[t].name)
            copy.virtualNetworks[v].subnets[s].routeTable = nil
        default:
            throw PaletteError("\(name) is not attached to \(path)")
        }
        return copy
    }

    static func resolve(_ name: String, in design: Design) throws(PaletteError) -> Resource {
        switch ResourceLocation(name, in: design) {
        case .networkSecurityGroup(let n)?: return .securityGroup(n)
        case .routeTable(let t)?: return .routeTable(t)
        case nil: throw PaletteError("no network security group or route table named \(name)")
        case let location?: throw PaletteError("\(name) is a \(location.kindName), not an NSG or a route table")
        }
    }

    /// The subnets and NICs that use NSG `n`, as resource paths, subnets first.
    public static func associations(ofSecurityGroup n: Int, in design: Design) -> [String] {
        let name = design.networkSecurityGroups[n].name
        var paths: [String] = []
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (s, subnet) in vnet.subnets.enumerated() {
                if let reference = subnet.networkSecurityGroup, refers(reference, to: name) {
                    paths.append(ResourceLocation.subnet(v, s).path(in: design))
                }
            }
        }
        for nic in design.networkInterfaces {
            if let reference = nic.networkSecurityGroup, refers(reference, to: name) { paths.append(nic.name) }
        }
        return paths
    }

    /// True when a reference (a name, `rg:name` or an ARM resource ID) names `name`.
    static func refers(_ reference: String, to name: String) -> Bool {
        if reference.equalsIgnoringCase(name) { return true }
        guard let last = reference.split(whereSeparator: { $0 == "/" || $0 == ":" }).last else { return false }
        return String(last).equalsIgnoringCase(name)
    }

    /// Subnet paths and NIC names: where `:attach` can point.
    public static func targets(in design: Design) -> [String] {
        var paths: [String] = []
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for s in vnet.subnets.indices { paths.append(ResourceLocation.subnet(v, s).path(in: design)) }
        }
        return paths + design.networkInterfaces.map(\.name)
    }
}
