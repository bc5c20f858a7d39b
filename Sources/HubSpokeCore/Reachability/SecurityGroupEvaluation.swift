/// NSG evaluation for one NSG and one direction (azure-rules.md Reachability 5b): the rules of
/// that direction by ascending priority, Azure's default rules last, first match decides. The
/// matching itself is the shared `SecurityRuleMatcher`, with the service tags resolved for the
/// subnet where the NSG applies.
///
/// This walks the rules itself instead of calling `SecurityRuleEvaluator` for two reasons: a
/// query must stay cheap on NSGs of hundreds of rules, so a rule is parsed only when it is
/// reached (most flows are decided by one of the first rules or skip the other direction's
/// half); and a rule naming a Microsoft service tag (`Storage`) is retried with that tag known
/// to hold only public addresses when both ends of the flow are private, which decides it.
struct SecurityGroupEvaluation {
    let index: DesignIndex
    let tag: VirtualNetworkTag
    /// Names of the application security groups of the flow's source and destination NICs.
    var sourceGroups: [String] = []
    var destinationGroups: [String] = []

    func evaluate(_ nsg: Int, inbound: Bool, flow: Flow) -> SecurityGroupVerdict {
        let group = index.design.networkSecurityGroups[nsg]
        let direction: SecurityRuleDirection = inbound ? .inbound : .outbound
        let securityFlow = SecurityFlow(
            protocol: flow.protocol.securityRuleProtocol, source: flow.source, sourcePort: flow.sourcePort,
            destination: flow.destination, destinationPort: flow.protocol.usesPorts ? flow.destinationPort : nil,
            sourceApplicationSecurityGroups: sourceGroups, destinationApplicationSecurityGroups: destinationGroups)
        let resolver = tag.resolver(for: flow)
        let custom = group.securityRules.filter {
            SecurityRuleDirection($0.direction) == direction && (100...4096).contains($0.priority)
        }.sorted { $0.priority < $1.priority }
        let defaults = SecurityRule.defaultRules.filter { SecurityRuleDirection($0.direction) == direction }
        for rule in custom + defaults {
            // A rule Azure would reject cannot deploy, so it takes no part (the NSG rules report it).
            guard let matcher = SecurityRuleMatcher(rule) else { continue }
            switch matcher.matches(securityFlow, resolver: resolver) {
            case .matches:
                return SecurityGroupVerdict(networkSecurityGroup: nsg, rule: rule, allows: matcher.access == .allow)
            case .doesNotMatch:
                continue
            case .undetermined(let reason):
                switch retryWithPublicTags(matcher, flow: flow, securityFlow: securityFlow, resolver: resolver) {
                case .matches?:
                    return SecurityGroupVerdict(
                        networkSecurityGroup: nsg, rule: rule, allows: matcher.access == .allow)
                case .doesNotMatch?:
                    continue
                default:
                    return SecurityGroupVerdict(
                        networkSecurityGroup: nsg, rule: rule, allows: nil, undeterminedReason: reason)
                }
            }
        }
        // DenyAllInBound / DenyAllOutBound match every flow, so this is not reached.
        return SecurityGroupVerdict(networkSecurityGroup: nsg, rule: defaults.last!, allows: false)
    }

    /// Microsoft's service tags other than the three resolved per subnet hold public ranges
    /// only: for a flow between private addresses they certainly hold neither end.
    private func retryWithPublicTags(
        _ matcher: SecurityRuleMatcher, flow: Flow, securityFlow: SecurityFlow, resolver: ServiceTagResolver
    ) -> SecurityMatch? {
        guard AddressSet.privateRanges.contains(flow.source), AddressSet.privateRanges.contains(flow.destination)
        else { return nil }
        var widened = resolver
        for case .serviceTag(let name) in matcher.sources + matcher.destinations
        where resolver.addresses(of: name) == nil {
            widened.set(name, to: VirtualNetworkTag.publicSpace)
        }
        return matcher.matches(securityFlow, resolver: widened)
    }
}
