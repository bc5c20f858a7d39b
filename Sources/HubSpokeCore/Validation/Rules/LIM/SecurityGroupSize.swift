/// An NSG holds at most 1,000 rules, and a subscription at most 5,000 NSGs per region.
struct SecurityGroupSize: Rule {
    static let id = "LIM-005"
    static let severity: Severity = .error
    static let title = "Too many NSG rules, or too many NSGs in one region"
    static let help =
        "A network security group can hold at most 1,000 rules, and a subscription at most 5,000 network "
        + "security groups per region. Azure rejects more."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#networking-limits"
    static let rulesPerGroup = 1000
    static let groupsPerRegion = 5000

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let groups = context.design.networkSecurityGroups
        for nsg in groups where nsg.securityRules.count > Self.rulesPerGroup {
            findings.append(
                finding(
                    "\(nsg.name) has \(nsg.securityRules.count) rules, over Azure's limit of 1,000 per network security "
                        + "group: the deployment fails. Combine rules with address lists, service tags or application "
                        + "security groups.",
                    resources: [nsg.name], field: "securityRules"))
        }
        for over in RegionalQuota.exceeded(groups.map { ($0.name, $0.placement) }, limit: Self.groupsPerRegion) {
            findings.append(
                finding(
                    "The design has \(over.count) network security groups \(over.scope.description), over Azure's "
                        + "limit of 5,000 per subscription and region: \(over.firstOver) and the ones after it fail. "
                        + "Share NSGs between subnets with the same needs.",
                    resources: [over.firstOver]))
        }
    }
}
