import HubSpokeCore

/// `:import` then `m`: the imported resources added to the current design. Names are unique
/// per resource type in a design (contracts.md), so an imported resource whose type already
/// has that name is skipped, never merged field by field: the user sees which were skipped and
/// can rename them and import again. Suppressions come along with the resources they are for.
public struct ImportMerge: Hashable, Sendable {
    public var design: Design
    /// Names of the imported resources that were added, in the design's resource order.
    public var added: [String] = []
    /// Names of the imported resources left out because the design already has one of that type.
    public var skipped: [String] = []

    public init(_ current: Design, adding imported: Design) {
        design = current
        merge(\.virtualNetworks, from: imported, name: \.name)
        merge(\.networkSecurityGroups, from: imported, name: \.name)
        merge(\.applicationSecurityGroups, from: imported, name: \.name)
        merge(\.routeTables, from: imported, name: \.name)
        merge(\.virtualNetworkGateways, from: imported, name: \.name)
        merge(\.localNetworkGateways, from: imported, name: \.name)
        merge(\.connections, from: imported, name: \.name)
        merge(\.azureFirewalls, from: imported, name: \.name)
        merge(\.firewallPolicies, from: imported, name: \.name)
        merge(\.bastionHosts, from: imported, name: \.name)
        merge(\.routeServers, from: imported, name: \.name)
        merge(\.loadBalancers, from: imported, name: \.name)
        merge(\.publicIPAddresses, from: imported, name: \.name)
        merge(\.networkInterfaces, from: imported, name: \.name)
        merge(\.virtualMachines, from: imported, name: \.name)
        merge(\.passthrough, from: imported, name: \.symbolicName)
        let addedNames = Set(added.map(\.asciiLowercased))
        for suppression in imported.suppressions {
            guard let owner = ResourcePath(parsing: suppression.resource)?.name.asciiLowercased,
                addedNames.contains(owner),
                Suppressions.index(of: suppression.rule, suppression.resource, in: design) == nil
            else { continue }
            design.suppressions.append(suppression)
        }
    }

    private mutating func merge<Resource>(
        _ keyPath: WritableKeyPath<Design, [Resource]>, from imported: Design, name: KeyPath<Resource, String>
    ) {
        var taken = Set(design[keyPath: keyPath].map { $0[keyPath: name].asciiLowercased })
        for resource in imported[keyPath: keyPath] {
            let resourceName = resource[keyPath: name]
            if taken.insert(resourceName.asciiLowercased).inserted {
                design[keyPath: keyPath].append(resource)
                added.append(resourceName)
            } else {
                skipped.append(resourceName)
            }
        }
    }

    /// The message line after a merge: how many were added and which names were skipped.
    public func summary(from path: String) -> String {
        var text = "merged \(added.count) resource\(added.count == 1 ? "" : "s") from \(path)"
        if !skipped.isEmpty {
            let names = skipped.prefix(6).joined(separator: ", ") + (skipped.count > 6 ? ", …" : "")
            text += "; skipped \(skipped.count) whose names are taken: \(names)"
        }
        return text + "; u to undo"
    }
}
