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
        // (priority and direction in one integer, rule index) per NSG, sorted: equal neighbours
        // are duplicates, found without a dictionary per NSG.
        var keys: [(key: Int, index: Int)] = []
        for nsg in context.design.networkSecurityGroups {
            keys.removeAll(keepingCapacity: true)
            for i in nsg.securityRules.indices {
                let priority = nsg.securityRules[i].priority
                // An invalid direction is NSG-004's finding; priorities out of range are NSG-001's.
                guard (100...4096).contains(priority),
                    let direction = SecurityRuleDirection(nsg.securityRules[i].direction)
                else { continue }
                keys.append((priority * 2 + (direction == .inbound ? 0 : 1), i))
            }
            guard keys.count > 1 else { continue }
            keys.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
            var firstOfRun = 0
            for k in 1..<keys.count {
                guard keys[k].key == keys[firstOfRun].key else {
                    firstOfRun = k
                    continue
                }
                let rule = nsg.securityRules[keys[k].index]
                let first = nsg.securityRules[keys[firstOfRun].index]
                let direction = keys[k].key % 2 == 0 ? "Inbound" : "Outbound"
                let path = ResourcePath.child(nsg.name, .securityRules, rule.name)
                let firstPath = ResourcePath.child(nsg.name, .securityRules, first.name)
                let free = SecurityRulePriorityRange.freePriority(
                    near: rule.priority, direction: rule.direction, in: nsg)
                findings.append(
                    finding(
                        "\(path) and \(firstPath) are both \(direction) rules with priority \(rule.priority): "
                            + "Azure rejects the NSG because it could not tell which is evaluated first. Give "
                            + "\(rule.name) a free priority such as \(free).",
                        resources: [path, firstPath], field: "priority"))
            }
        }
    }
}
