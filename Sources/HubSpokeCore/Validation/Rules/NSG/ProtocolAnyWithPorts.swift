/// Ports exist only for TCP and UDP. A rule with protocol `*` and specific ports matches TCP and
/// UDP on those ports, but what it does for ICMP (which has no ports) is not documented; a rule
/// for ICMP, ESP or AH that names ports says something those protocols cannot carry. Either way
/// the rule's intent is unclear to the next reader.
struct ProtocolAnyWithPorts: Rule {
    static let id = "NSG-011"
    static let severity: Severity = .warning
    static let title = "Security rule combines a port-less protocol with specific ports"
    static let help =
        "Ports apply only to TCP and UDP. A rule with protocol '*' and specific ports, or with Icmp, Esp or Ah and "
        + "specific ports, does not say clearly what it matches; state the protocol (Tcp or Udp) the ports are for."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for nsg in context.design.networkSecurityGroups {
            for i in nsg.securityRules.indices {
                // Malformed protocols and ports are NSG-005's and NSG-006's findings.
                guard let proto = SecurityRuleProtocol(nsg.securityRules[i].protocol), !proto.hasPorts,
                    let sourcePorts = PortSet(
                        singular: nsg.securityRules[i].sourcePortRange, plural: nsg.securityRules[i].sourcePortRanges),
                    let destinationPorts = PortSet(
                        singular: nsg.securityRules[i].destinationPortRange,
                        plural: nsg.securityRules[i].destinationPortRanges),
                    !sourcePorts.isAll || !destinationPorts.isAll
                else { continue }
                let path = ResourcePath.child(nsg.name, .securityRules, nsg.securityRules[i].name)
                let ports = destinationPorts.isAll ? "source ports \(sourcePorts)" : "ports \(destinationPorts)"
                let message: String
                if proto == .any {
                    message =
                        "\(path) has protocol * with \(ports): ports exist only for TCP and UDP, so it is unclear "
                        + "whether ICMP is meant. Set protocol to Tcp or Udp (two rules if both), and add a separate "
                        + "Icmp rule if ping should pass."
                } else {
                    message =
                        "\(path) has protocol \(proto) with \(ports): \(proto) has no ports, so the port values do "
                        + "not restrict anything Azure can see. Set the ports to '*' or change the protocol to Tcp "
                        + "or Udp."
                }
                findings.append(finding(message, resources: [path], field: "protocol"))
            }
        }
    }
}
