/// Which VNet each virtual network gateway belongs to: the VNet of its subnet, or the VNet its
/// subnet reference names when that subnet does not exist (so a gateway pointing at a missing
/// GatewaySubnet still counts for its VNet).
enum GatewayPlacement {
    /// Gateway indices by VNet index, in design order.
    static func gatewaysByVNet(_ context: ValidationContext) -> [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        for (g, gateway) in context.design.virtualNetworkGateways.enumerated() {
            if let v = context.index.virtualNetwork(owningSubnetReference: gateway.subnet) {
                result[v, default: []].append(g)
            }
        }
        return result
    }

    /// Peerings of other VNets whose remote is each design VNet: `[remote: [(vnet, peering)]]`.
    static func incomingPeerings(_ context: ValidationContext) -> [Int: [(vnet: Int, peering: Int)]] {
        var result: [Int: [(vnet: Int, peering: Int)]] = [:]
        for (v, remotes) in context.index.peeringRemotes.enumerated() {
            for (p, remote) in remotes.enumerated() {
                if let r = remote.designIndex { result[r, default: []].append((v, p)) }
            }
        }
        return result
    }

    /// True for the Basic VPN SKU (the legacy SKU without transit, BGP or zone redundancy).
    static func isBasic(_ gateway: VirtualNetworkGateway) -> Bool { gateway.sku.equalsIgnoringCase("Basic") }
}
