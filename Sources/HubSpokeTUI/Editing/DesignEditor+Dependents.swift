import HubSpokeCore

/// `:del` of a resource that was added with helpers of its own: a gateway, firewall or Bastion
/// takes its public IP along, a firewall its empty policy, a VM the NICs only it used (and
/// their public IPs), as long as nothing else refers to them. Azure would leave them behind
/// billed and unattached; the design would keep a public IP nobody uses.
extension DesignEditor {
    /// Deletes `path` and its dependents; returns the new design and the names also removed.
    public static func deleteWithDependents(_ design: Design, path: String) throws(PaletteError) -> (
        design: Design, alsoRemoved: [String]
    ) {
        guard let location = ResourceLocation(path, in: design) else { throw PaletteError("nothing at \(path)") }
        var publicIPs: [String] = []
        var policies: [String] = []
        var nics: [String] = []
        switch location {
        case .virtualNetworkGateway(let i):
            publicIPs = design.virtualNetworkGateways[i].publicIPAddress.map { [$0] } ?? []
        case .azureFirewall(let i):
            let firewall = design.azureFirewalls[i]
            publicIPs = [firewall.publicIPAddress, firewall.managementPublicIPAddress].compactMap { $0 }
            policies = firewall.firewallPolicy.map { [$0] } ?? []
        case .bastionHost(let i):
            publicIPs = design.bastionHosts[i].publicIPAddress.map { [$0] } ?? []
        case .virtualMachine(let i):
            nics = design.virtualMachines[i].networkInterfaces
        default:
            break
        }
        var copy = try delete(design, path: path)
        var removed: [String] = []
        for nic in nics {
            let stillUsed = copy.virtualMachines.contains {
                $0.networkInterfaces.contains { $0.equalsIgnoringCase(nic) }
            }
            guard !stillUsed, let n = copy.networkInterfaces.firstIndex(where: { $0.name.equalsIgnoringCase(nic) })
            else { continue }
            publicIPs += copy.networkInterfaces[n].ipConfigurations.compactMap(\.publicIPAddress)
            removed.append(copy.networkInterfaces.remove(at: n).name)
        }
        for policy in policies {
            let stillUsed = copy.azureFirewalls.contains { $0.firewallPolicy?.equalsIgnoringCase(policy) == true }
            guard !stillUsed,
                let p = copy.firewallPolicies.firstIndex(where: {
                    $0.name.equalsIgnoringCase(policy) && $0.ruleCollectionGroups.isEmpty
                })
            else { continue }
            removed.append(copy.firewallPolicies.remove(at: p).name)
        }
        for publicIP in publicIPs where !isPublicIPReferenced(publicIP, in: copy) {
            guard let p = copy.publicIPAddresses.firstIndex(where: { $0.name.equalsIgnoringCase(publicIP) }) else {
                continue
            }
            removed.append(copy.publicIPAddresses.remove(at: p).name)
        }
        return (copy, removed)
    }

    /// The delete dialog's line naming what goes along with `path` (none when nothing does).
    public static func dependentsNote(_ path: String, in design: Design) -> [String] {
        guard let removed = try? deleteWithDependents(design, path: path).alsoRemoved, !removed.isEmpty else {
            return []
        }
        return ["also removes \(removed.joined(separator: ", ")) (used by nothing else)"]
    }

    /// True when a gateway, firewall, Bastion host or NIC still uses the public IP `name`.
    static func isPublicIPReferenced(_ name: String, in design: Design) -> Bool {
        let references =
            design.virtualNetworkGateways.compactMap(\.publicIPAddress)
            + design.azureFirewalls.flatMap { [$0.publicIPAddress, $0.managementPublicIPAddress].compactMap { $0 } }
            + design.bastionHosts.compactMap(\.publicIPAddress)
            + design.networkInterfaces.flatMap { $0.ipConfigurations.compactMap(\.publicIPAddress) }
        return references.contains { $0.equalsIgnoringCase(name) }
    }
}
