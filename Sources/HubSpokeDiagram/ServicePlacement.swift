import HubSpokeCore

/// Which VNet each gateway, firewall, Bastion host, Route Server and VM sits in, found through
/// their subnet paths (`vnet/subnets/...`) and NICs. Keys are lowercased VNet names, because
/// Azure names are case-insensitive. Shared by the topology tree and the pictures.
public struct ServicePlacement: Sendable {
    public var gateways: [String: [Int]] = [:]
    public var firewalls: [String: [Int]] = [:]
    public var bastions: [String: [Int]] = [:]
    public var machines: [String: [Int]] = [:]
    public var routeServers: [String: [Int]] = [:]

    /// The lowercased VNet name of a subnet path (`rg:vnet/subnets/name` gives `vnet`).
    public static func virtualNetworkKey(ofSubnet subnetPath: String?) -> String? {
        guard let subnetPath, let slash = subnetPath.firstIndex(of: "/") else { return nil }
        var head = subnetPath[..<slash]
        if let colon = head.firstIndex(of: ":") { head = head[head.index(after: colon)...] }
        return head.asciiLowercased
    }

    public init(_ design: Design) {
        let vnetKey = Self.virtualNetworkKey(ofSubnet:)
        for (i, gateway) in design.virtualNetworkGateways.enumerated() {
            if let key = vnetKey(gateway.subnet) { gateways[key, default: []].append(i) }
        }
        for (i, firewall) in design.azureFirewalls.enumerated() {
            if let key = vnetKey(firewall.subnet) { firewalls[key, default: []].append(i) }
        }
        for (i, bastion) in design.bastionHosts.enumerated() {
            if let key = vnetKey(bastion.subnet) ?? bastion.virtualNetwork?.asciiLowercased {
                bastions[key, default: []].append(i)
            }
        }
        for (i, routeServer) in design.routeServers.enumerated() {
            if let key = vnetKey(routeServer.subnet) { routeServers[key, default: []].append(i) }
        }
        guard !design.virtualMachines.isEmpty else { return }
        var nicPlacement: [String: String] = [:]
        for nic in design.networkInterfaces {
            if let configuration = nic.ipConfigurations.first, let key = vnetKey(configuration.subnet) {
                nicPlacement[nic.name.asciiLowercased] = key
            }
        }
        for (i, machine) in design.virtualMachines.enumerated() {
            if let first = machine.networkInterfaces.first, let key = nicPlacement[first.asciiLowercased] {
                machines[key, default: []].append(i)
            }
        }
    }
}
