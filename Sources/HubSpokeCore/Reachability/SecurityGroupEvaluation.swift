/// NSG evaluation for one NSG and one direction (azure-rules.md Reachability 5b), done by the
/// shared `SecurityRuleEvaluator` with the service tags resolved for the subnet where the NSG
/// applies.
struct SecurityGroupEvaluation {
    let index: DesignIndex
    let tag: VirtualNetworkTag
    /// Names of the application security groups of the flow's source and destination NICs.
    var sourceGroups: [String] = []
    var destinationGroups: [String] = []

    func evaluate(_ nsg: Int, inbound: Bool, flow: Flow) -> SecurityGroupVerdict {
        let group = index.design.networkSecurityGroups[nsg]
        let securityFlow = SecurityFlow(
            protocol: flow.protocol.securityRuleProtocol, source: flow.source, sourcePort: flow.sourcePort,
            destination: flow.destination, destinationPort: flow.protocol.usesPorts ? flow.destinationPort : nil,
            sourceApplicationSecurityGroups: sourceGroups, destinationApplicationSecurityGroups: destinationGroups)
        let resolver = tag.resolver(for: flow, otherTags: SecurityGroupEvaluation.serviceTags(in: group))
        switch SecurityRuleEvaluator.evaluate(
            group, direction: inbound ? .inbound : .outbound, flow: securityFlow, resolver: resolver)
        {
        case .decided(let rule, let access):
            return SecurityGroupVerdict(networkSecurityGroup: nsg, rule: rule, allows: access == .allow)
        case .undetermined(let rule, let reason):
            return SecurityGroupVerdict(networkSecurityGroup: nsg, rule: rule, allows: nil, undeterminedReason: reason)
        }
    }

    /// Service tags other than the three every NSG resolves, named anywhere in the group.
    static func serviceTags(in group: NetworkSecurityGroup) -> [ServiceTag] {
        var tags: [ServiceTag] = []
        for rule in group.securityRules {
            for value in rule.sources + rule.destinations {
                if case .serviceTag(let tag)? = SecurityRuleAddress(matching: value) { tags.append(tag) }
            }
        }
        return tags
    }
}
