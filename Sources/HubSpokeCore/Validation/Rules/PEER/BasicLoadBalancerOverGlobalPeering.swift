/// Frontends of a Basic internal load balancer cannot be reached from a VNet peered across
/// regions (global peering); Standard load balancers work. Anything behind a Basic ILB is then
/// unreachable from the other region.
struct BasicLoadBalancerOverGlobalPeering: Rule {
    static let id = "PEER-016"
    static let severity: Severity = .info
    static let title = "Basic internal load balancer behind a global peering"
    static let help =
        "Over global (cross-region) peering, frontends of a Basic internal load balancer in the remote VNet are "
        + "unreachable. This affects anything behind a Basic ILB (older VMSS, Redis, App Gateway v1, APIM, Entra DS, "
        + "SQL Always On listeners). Standard load balancers work."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering#requirements-and-constraints"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        for balancer in design.loadBalancers where balancer.sku.equalsIgnoringCase("Basic") {
            var vnets: [Int] = []
            for frontend in balancer.frontendIPConfigurations {
                if let ref = index.subnet(frontend.subnet), !vnets.contains(ref.vnet) { vnets.append(ref.vnet) }
            }
            var peers: [String] = []
            var paths: [String] = []
            for b in vnets {
                for (p, _) in design.virtualNetworks[b].virtualNetworkPeerings.enumerated() {
                    guard case .inDesign(let a) = index.peeringRemotes[b][p], a != b,
                        let back = index.peering(from: a, to: b),
                        design.virtualNetworks[a].placement.sameRegion(as: design.virtualNetworks[b].placement)
                            == false
                    else { continue }
                    peers.append(
                        "\(design.virtualNetworks[a].name) (\(design.virtualNetworks[a].placement.location ?? "default"))"
                    )
                    paths.append(index.peeringPath(vnet: a, peering: back))
                }
            }
            guard !peers.isEmpty else { continue }
            let home = vnets.map { design.virtualNetworks[$0].name }.joined(separator: ", ")
            findings.append(
                finding(
                    "\(balancer.name) is a Basic load balancer in \(home), which is peered across regions with "
                        + "\(RoutingWording.list(peers)): Basic internal load balancer frontends cannot be reached "
                        + "over global peering, so clients there cannot use it. Move it to the Standard SKU.",
                    resources: [balancer.name] + paths, field: "sku"))
        }
    }
}
