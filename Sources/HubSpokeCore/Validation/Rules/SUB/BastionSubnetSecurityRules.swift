/// An NSG on AzureBastionSubnet is optional, but when there is one it must let through all of
/// Bastion's control- and data-plane traffic: HTTPS in from the Internet, GatewayManager and
/// AzureLoadBalancer; 8080/5701 between Bastion instances; SSH/RDP out to the VMs; HTTPS out to
/// AzureCloud; HTTP out to the Internet. Missing any of it breaks sessions or platform updates.
///
/// Coverage is judged as Azure evaluates rules (default rules included), so `*`, port ranges,
/// supernets and the VirtualNetwork tag count; a narrower Deny (some Internet hosts) does not.
struct BastionSubnetSecurityRules: Rule {
    static let id = "SUB-019"
    static let severity: Severity = .error
    static let title = "NSG on AzureBastionSubnet lacks a rule Bastion requires"
    static let help =
        "An NSG on AzureBastionSubnet must allow inbound TCP 443 from Internet, GatewayManager and AzureLoadBalancer and 8080/5701 within the VirtualNetwork, and outbound 22/3389 to VirtualNetwork, TCP 443 to AzureCloud, 8080/5701 within the VirtualNetwork and 80 to Internet; Bastion stops working otherwise."
    static let source = "https://learn.microsoft.com/azure/bastion/bastion-nsg"
    init() {}

    /// One flow Bastion needs.
    struct Requirement {
        var inbound: Bool
        var port: Int
        var source: Side
        var destination: Side
        var label: String
    }

    enum Side {
        case tag(String)
        case bastionSubnet
        case virtualNetwork
    }

    static let requirements: [Requirement] = [
        Requirement(
            inbound: true, port: 443, source: .tag("Internet"), destination: .bastionSubnet,
            label: "inbound TCP 443 from Internet"),
        Requirement(
            inbound: true, port: 443, source: .tag("GatewayManager"), destination: .bastionSubnet,
            label: "inbound TCP 443 from GatewayManager"),
        Requirement(
            inbound: true, port: 443, source: .tag("AzureLoadBalancer"), destination: .bastionSubnet,
            label: "inbound TCP 443 from AzureLoadBalancer"),
        Requirement(
            inbound: true, port: 8080, source: .virtualNetwork, destination: .virtualNetwork,
            label: "inbound 8080 VirtualNetwork to VirtualNetwork"),
        Requirement(
            inbound: true, port: 5701, source: .virtualNetwork, destination: .virtualNetwork,
            label: "inbound 5701 VirtualNetwork to VirtualNetwork"),
        Requirement(
            inbound: false, port: 22, source: .bastionSubnet, destination: .virtualNetwork,
            label: "outbound 22 to VirtualNetwork"),
        Requirement(
            inbound: false, port: 3389, source: .bastionSubnet, destination: .virtualNetwork,
            label: "outbound 3389 to VirtualNetwork"),
        Requirement(
            inbound: false, port: 443, source: .bastionSubnet, destination: .tag("AzureCloud"),
            label: "outbound TCP 443 to AzureCloud"),
        Requirement(
            inbound: false, port: 8080, source: .virtualNetwork, destination: .virtualNetwork,
            label: "outbound 8080 VirtualNetwork to VirtualNetwork"),
        Requirement(
            inbound: false, port: 5701, source: .virtualNetwork, destination: .virtualNetwork,
            label: "outbound 5701 VirtualNetwork to VirtualNetwork"),
        Requirement(
            inbound: false, port: 80, source: .bastionSubnet, destination: .tag("Internet"),
            label: "outbound 80 to Internet"),
    ]

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (s, subnet) in vnet.subnets.enumerated()
            where ReservedSubnetNames.role(of: subnet.name) == .azureBastionSubnet {
                guard let reference = subnet.networkSecurityGroup, let n = index.networkSecurityGroup(reference) else {
                    continue
                }
                let nsg = design.networkSecurityGroups[n]
                guard !SecurityRuleCoverage.hasUnknownRules(nsg, context) else { continue }
                let subnetPrefixes = SubnetSizing.ipv4(index.subnetPrefixes[v][s])
                let vnetPrefixes = index.vnetPrefixes[v].filter { $0.family == .v4 }
                guard !subnetPrefixes.isEmpty, !vnetPrefixes.isEmpty else { continue }
                func endpoint(_ side: Side) -> SecurityRuleCoverage.Endpoint {
                    switch side {
                    case .tag(let tag):
                        // Internet contains every Azure-owned public range, GatewayManager's too.
                        let covering: Set<String> = tag == "Internet" || tag == "AzureLoadBalancer" ? [] : ["internet"]
                        return .serviceTag(tag, coveredBy: covering)
                    case .bastionSubnet:
                        return SecurityRuleCoverage.Endpoint(prefixes: subnetPrefixes, coveringTags: ["virtualnetwork"])
                    case .virtualNetwork:
                        return SecurityRuleCoverage.Endpoint(prefixes: vnetPrefixes, coveringTags: ["virtualnetwork"])
                    }
                }
                var missing: [String] = []
                for requirement in Self.requirements {
                    let verdict = SecurityRuleCoverage.evaluate(
                        nsg.securityRules, inbound: requirement.inbound, port: requirement.port,
                        source: endpoint(requirement.source), destination: endpoint(requirement.destination),
                        partialDenyBlocks: false)
                    if case .blocked(let rule, let priority) = verdict {
                        missing.append("\(requirement.label) (dropped by \(rule) \(priority))")
                    }
                }
                guard !missing.isEmpty else { continue }
                let path = ResourcePath.child(vnet.name, .subnets, subnet.name)
                findings.append(
                    finding(
                        "\(nsg.name) on \(path) does not allow what Azure Bastion needs: \(missing.joined(separator: "; ")). Bastion sessions or platform updates fail. Add Allow rules for these flows above any deny, as listed in Microsoft's Bastion NSG guidance.",
                        resources: [nsg.name, path], field: "securityRules"))
            }
        }
    }
}
