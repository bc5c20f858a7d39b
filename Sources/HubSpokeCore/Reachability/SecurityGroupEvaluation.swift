/// NSG evaluation for one NSG and one direction (azure-rules.md Reachability 5b): rules of that
/// direction by ascending priority, Azure's default rules last; the first rule whose protocol,
/// source, source port, destination and destination port all match decides.
struct SecurityGroupEvaluation {
    let index: DesignIndex
    let tags: ServiceTagResolver
    /// Application security groups (indices) of the flow's source and destination NICs.
    var sourceGroups: Set<Int> = []
    var destinationGroups: Set<Int> = []

    func evaluate(_ nsg: Int, inbound: Bool, flow: Flow) -> SecurityGroupVerdict {
        let group = index.design.networkSecurityGroups[nsg]
        let custom = group.securityRules.filter { inbound ? $0.isInbound : $0.isOutbound }
            .sorted { $0.priority < $1.priority }
        let defaults = SecurityRule.defaultRules.filter { inbound ? $0.isInbound : $0.isOutbound }
        var unresolved: [String] = []
        for (position, rule) in (custom + defaults).enumerated() {
            switch matches(rule, flow: flow) {
            case true?:
                return SecurityGroupVerdict(
                    networkSecurityGroup: nsg, rule: rule, isDefaultRule: position >= custom.count,
                    unresolvedRules: unresolved)
            case false?:
                continue
            case nil:
                unresolved.append("\(rule.name) (\(rule.priority))")
            }
        }
        // Unreachable: DenyAllInBound / DenyAllOutBound match everything.
        let last = defaults.last!
        return SecurityGroupVerdict(
            networkSecurityGroup: nsg, rule: last, isDefaultRule: true, unresolvedRules: unresolved)
    }

    /// True, false, or nil when a service tag of the rule cannot be resolved for this flow.
    func matches(_ rule: SecurityRule, flow: Flow) -> Bool? {
        guard FlowRuleMatching.protocolMatches(rule.protocol, flow.protocol) else { return false }
        if flow.protocol.usesPorts {
            guard FlowRuleMatching.portMatches(rule.sourcePorts, flow.sourcePort),
                FlowRuleMatching.portMatches(rule.destinationPorts, flow.destinationPort)
            else { return false }
        }
        let source = side(
            prefixes: rule.sources, groups: rule.sourceApplicationSecurityGroups, members: sourceGroups,
            address: flow.source)
        if source == false { return false }
        let destination = side(
            prefixes: rule.destinations, groups: rule.destinationApplicationSecurityGroups,
            members: destinationGroups, address: flow.destination)
        if destination == false { return false }
        if source == nil || destination == nil { return nil }
        return true
    }

    private func side(prefixes: [String], groups: [String]?, members: Set<Int>, address: IPAddress) -> Bool? {
        if let groups, !groups.isEmpty {
            return groups.contains { name in index.applicationSecurityGroup(name).map(members.contains) ?? false }
        }
        var unknown = false
        for value in prefixes {
            switch FlowRuleMatching.addressMatches(value, address, tags: tags) {
            case true?: return true
            case false?: continue
            case nil: unknown = true
            }
        }
        return unknown ? nil : false
    }
}
