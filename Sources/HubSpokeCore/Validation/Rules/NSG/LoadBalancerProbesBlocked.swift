/// Load balancer health probes come from 168.63.129.16, which the `AzureLoadBalancer` tag names.
/// The default rule AllowAzureLoadBalancerInBound (65001) admits them, but a custom inbound Deny
/// that covers them (typically a deny-all at 4000) wins first; the probes then fail and the load
/// balancer marks every backend down.
///
/// The design models internal load balancers by their frontends only, not their backend pools,
/// so the rule looks at the NSG of each subnet that holds a frontend (where backends usually
/// are) and words the finding conditionally. It stays quiet when an earlier Allow could admit
/// the probe address on some port: the probe port is not in the design either.
struct LoadBalancerProbesBlocked: Rule {
    static let id = "NSG-016"
    static let severity: Severity = .warning
    static let title = "Inbound Deny blocks AzureLoadBalancer health probes"
    static let help =
        "Health probes originate from 168.63.129.16 (service tag AzureLoadBalancer). A custom inbound Deny that "
        + "covers them, with no earlier Allow for AzureLoadBalancer, makes probes fail and the backends are marked down."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#azure-platform-considerations"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        var reported: Set<String> = []
        for balancer in design.loadBalancers {
            for frontend in balancer.frontendIPConfigurations {
                guard let ref = index.subnet(frontend.subnet) else { continue }
                let subnet = design.virtualNetworks[ref.vnet].subnets[ref.subnet]
                let subnetPrefixes = index.subnetPrefixes[ref.vnet][ref.subnet]
                guard let nsgPath = subnet.networkSecurityGroup, let n = index.networkSecurityGroup(nsgPath),
                    !subnetPrefixes.isEmpty
                else { continue }
                let nsg = design.networkSecurityGroups[n]
                guard
                    let deny = LoadBalancerProbesBlocked.blockingDeny(
                        in: nsg, subnetPrefixes: subnetPrefixes, vnetPrefixes: index.vnetPrefixes[ref.vnet],
                        context: context)
                else { continue }
                let rulePath = ResourcePath.child(nsg.name, .securityRules, deny.name)
                let subnetPath = index.subnetPath(ref)
                guard reported.insert("\(rulePath)|\(subnetPath)".asciiLowercased).inserted else { continue }
                findings.append(
                    finding(
                        "\(rulePath) (Deny, priority \(deny.priority)) blocks AzureLoadBalancer inbound on "
                            + "\(subnetPath), where load balancer \(balancer.name) has frontend \(frontend.name): if "
                            + "its backends are in this subnet, health probes from 168.63.129.16 fail and every "
                            + "backend is marked down. Add an inbound Allow from AzureLoadBalancer with a priority "
                            + "below \(deny.priority).",
                        resources: [rulePath, subnetPath, balancer.name], field: "access"))
            }
        }
    }

    /// The first inbound Deny that provably matches probe traffic to the subnet on every port,
    /// unless an Allow before it could admit the probe address.
    static func blockingDeny(
        in nsg: NetworkSecurityGroup, subnetPrefixes: [AddressPrefix], vnetPrefixes: [AddressPrefix],
        context: ValidationContext
    ) -> SecurityRuleMatcher? {
        let probe = SecurityRuleMatcher(
            name: "health-probe", priority: 0, direction: .inbound, access: .allow, protocol: .tcp,
            sources: [.serviceTag(.azureLoadBalancer)], destinations: subnetPrefixes.map { .prefix($0) })
        // The VirtualNetwork tag always includes the own VNet's space: enough to prove that a
        // rule to VirtualNetwork reaches the subnet.
        let resolver = ServiceTagResolver([
            .azureLoadBalancer: AddressSet(
                AddressPrefix(containing: ServiceTagResolver.azureLoadBalancerAddress, length: 32)),
            .virtualNetwork: AddressSet(vnetPrefixes),
        ])
        for (_, rule) in context.deployableSecurityRules(of: nsg, direction: .inbound) {
            if rule.access == .allow {
                if couldInclude(probeAddress: rule.sources) { return nil }
                continue
            }
            if rule.covers(probe, resolver: resolver) { return rule }
        }
        return nil
    }

    /// True unless the side provably excludes 168.63.129.16: only prefixes that do not contain
    /// it, the VirtualNetwork tag and application security groups exclude it.
    private static func couldInclude(probeAddress side: [SecurityRuleAddress]) -> Bool {
        side.contains { element in
            switch element {
            case .any: return true
            case .prefix(let prefix): return prefix.contains(ServiceTagResolver.azureLoadBalancerAddress)
            case .serviceTag(let tag): return !tag.isSame(as: .virtualNetwork)
            case .applicationSecurityGroup: return false
            }
        }
    }
}
