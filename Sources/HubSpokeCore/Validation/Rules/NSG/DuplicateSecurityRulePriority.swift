/// Within one NSG, Azure needs each priority once per direction: it decides which rule wins by
/// priority alone, so two inbound (or two outbound) rules at the same number are rejected.
struct DuplicateSecurityRulePriority: Rule {
    static let id = "NSG-002"
    static let severity: Severity = .error
    static let title = "Two security rules of one direction share a priority"
    static let help =
        "Priorities must be unique per direction within a network security group; ARM rejects two inbound or "
        + "two outbound rules with the same priority."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for nsg in context.design.networkSecurityGroups {
            var firstByKey: [String: SecurityRule] = [:]
            for rule in nsg.securityRules where (100...4096).contains(rule.priority) {
                // An invalid direction is NSG-004's finding; priorities out of range are NSG-001's.
                guard let direction = SecurityRuleDirection(rule.direction) else { continue }
                let key = "\(direction.rawValue)|\(rule.priority)"
                guard let first = firstByKey[key] else {
                    firstByKey[key] = rule
                    continue
                }
                let path = ResourcePath.child(nsg.name, .securityRules, rule.name)
                let firstPath = ResourcePath.child(nsg.name, .securityRules, first.name)
                let free = SecurityRulePriorityRange.freePriority(
                    near: rule.priority, direction: rule.direction, in: nsg)
                findings.append(
                    finding(
                        "\(path) and \(firstPath) are both \(direction.rawValue) rules with priority \(rule.priority): "
                            + "Azure rejects the NSG because it could not tell which is evaluated first. Give "
                            + "\(rule.name) a free priority such as \(free).",
                        resources: [path, firstPath], field: "priority"))
            }
        }
    }
}
