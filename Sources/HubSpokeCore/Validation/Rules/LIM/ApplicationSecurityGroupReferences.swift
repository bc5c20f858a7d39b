/// Application security group limits: 10 per rule source and 10 per destination, 100 distinct
/// groups across all rules of one NSG, and 20 per NIC IP configuration. The NSG-wide limit of
/// 100 is on the limits page next to the two the catalog names.
struct ApplicationSecurityGroupReferences: Rule {
    static let id = "LIM-010"
    static let severity: Severity = .error
    static let title = "Too many application security groups on a rule, NSG or NIC"
    static let help =
        "A security rule can name at most 10 application security groups as source and 10 as destination, all "
        + "rules of one network security group at most 100 distinct groups, and one NIC IP configuration at most "
        + "20 groups. Azure rejects more."
    static let source =
        "https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#networking-limits"
    static let perRuleSide = 10
    static let perSecurityGroup = 100
    static let perIPConfiguration = 20

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for nsg in context.design.networkSecurityGroups {
            var distinct = Set<String>()
            // Field by field: copying each whole rule costs more than the check.
            let rules = nsg.securityRules
            for r in rules.indices {
                let sources = rules[r].sourceApplicationSecurityGroups ?? []
                let destinations = rules[r].destinationApplicationSecurityGroups ?? []
                if sources.isEmpty && destinations.isEmpty { continue }
                for group in sources { distinct.insert(group.asciiLowercased) }
                for group in destinations { distinct.insert(group.asciiLowercased) }
                for (side, field, groups) in [
                    ("source", "sourceApplicationSecurityGroups", sources),
                    ("destination", "destinationApplicationSecurityGroups", destinations),
                ] where groups.count > Self.perRuleSide {
                    let path = ResourcePath.child(nsg.name, .securityRules, rules[r].name)
                    findings.append(
                        finding(
                            "\(path) names \(groups.count) \(side) application security groups, over Azure's limit "
                                + "of 10 per rule: the deployment fails. Split the rule, or put the NICs in fewer, "
                                + "broader groups.",
                            resources: [path], field: field))
                }
            }
            if distinct.count > Self.perSecurityGroup {
                findings.append(
                    finding(
                        "\(nsg.name) refers to \(distinct.count) different application security groups across its "
                            + "rules, over Azure's limit of 100 per network security group: the deployment fails. "
                            + "Use fewer, broader groups.",
                        resources: [nsg.name], field: "securityRules"))
            }
        }
        for nic in context.design.networkInterfaces {
            for config in nic.ipConfigurations where config.applicationSecurityGroups.count > Self.perIPConfiguration {
                findings.append(
                    finding(
                        "\(nic.name) IP configuration \(config.name) is in \(config.applicationSecurityGroups.count) "
                            + "application security groups, over Azure's limit of 20 per IP configuration: the "
                            + "deployment fails. Use fewer, broader groups.",
                        resources: [nic.name], field: "ipConfigurations"))
            }
        }
    }
}
