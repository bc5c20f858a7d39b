/// `protocol` is an enumeration: Tcp, Udp, Icmp, Esp, Ah or `*` (any). The portal shows "Any",
/// but ARM and Bicep take `*`; ARM compares the values without regard to case.
struct SecurityRuleProtocolValue: Rule {
    static let id = "NSG-005"
    static let severity: Severity = .error
    static let title = "Security rule protocol is not a valid value"
    static let help =
        "A security rule's protocol is Tcp, Udp, Icmp, Esp, Ah or '*' (any protocol). ESP and AH can be set "
        + "through ARM and Bicep only. ARM rejects other values."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for nsg in context.design.networkSecurityGroups {
            for rule in nsg.securityRules where SecurityRuleProtocol(rule.protocol) == nil {
                let path = ResourcePath.child(nsg.name, .securityRules, rule.name)
                let hint =
                    rule.protocol.equalsIgnoringCase("Any") || rule.protocol.equalsIgnoringCase("All")
                    ? " Write '*' for any protocol."
                    : " Use Tcp, Udp, Icmp, Esp, Ah or '*'."
                findings.append(
                    finding(
                        "\(path) has protocol '\(rule.protocol)': Azure rejects the NSG.\(hint)",
                        resources: [path], field: "protocol"))
            }
        }
    }
}
