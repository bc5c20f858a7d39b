/// Azure evaluates custom NSG rules by priority, lower numbers first, and accepts only 100 to
/// 4096 for them (65000 and up belong to the default rules). Any other value makes ARM reject
/// the whole NSG.
struct SecurityRulePriorityRange: Rule {
    static let id = "NSG-001"
    static let severity: Severity = .error
    static let title = "Security rule priority is outside 100-4096"
    static let help =
        "A custom security rule's priority must be a whole number from 100 to 4096; lower numbers are evaluated "
        + "first. ARM rejects the network security group otherwise."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for nsg in context.design.networkSecurityGroups {
            for rule in nsg.securityRules where !(100...4096).contains(rule.priority) {
                let path = ResourcePath.child(nsg.name, .securityRules, rule.name)
                let free = SecurityRulePriorityRange.freePriority(
                    near: rule.priority, direction: rule.direction, in: nsg)
                findings.append(
                    finding(
                        "\(path) has priority \(rule.priority): Azure accepts custom rule priorities from 100 to 4096 "
                            + "only and rejects the NSG. Use a free priority such as \(free) (lower numbers are "
                            + "evaluated first).",
                        resources: [path], field: "priority"))
            }
        }
    }

    /// The valid priority closest to `priority` that no rule of the same direction uses.
    static func freePriority(near priority: Int, direction: String, in nsg: NetworkSecurityGroup) -> Int {
        let used = Set(nsg.securityRules.filter { $0.direction.equalsIgnoringCase(direction) }.map(\.priority))
        let start = min(max(priority, 100), 4096)
        for offset in 0...3996 {
            for candidate in [start + offset, start - offset] where (100...4096).contains(candidate) {
                if !used.contains(candidate) { return candidate }
            }
        }
        return start
    }
}
