/// Azure Firewall as an allow/deny point: its policy's network rules decide. Rule collection
/// groups are processed by ascending priority, collections inside a group by ascending
/// priority, rules in order; the first matching rule applies its collection's action. Nothing
/// matching means deny (Azure Firewall denies by default).
///
/// Application and DNAT rules are not modelled: they match FQDNs and inbound public traffic,
/// not private east-west flows.
struct FirewallPolicyEvaluation {
    let index: DesignIndex

    enum Outcome: Hashable, Sendable {
        /// A rule matched: `group/collection/rule` and whether its collection allows.
        case matched(rule: String, allows: Bool)
        /// No network rule matched: default deny.
        case noMatch
    }

    func evaluate(_ policy: FirewallPolicy, flow: Flow) -> Outcome {
        let groups = policy.ruleCollectionGroups.sorted { $0.priority < $1.priority }
        for group in groups {
            for collection in group.ruleCollections.sorted(by: { $0.priority < $1.priority }) {
                for rule in collection.rules where matches(rule, flow: flow) {
                    let path = "\(policy.name)/ruleCollectionGroups/\(group.name): \(collection.name)/\(rule.name)"
                    return .matched(rule: path, allows: collection.action.equalsIgnoringCase("Allow"))
                }
            }
        }
        return .noMatch
    }

    private func matches(_ rule: FirewallNetworkRule, flow: Flow) -> Bool {
        guard rule.ipProtocols.contains(where: { FlowRuleMatching.protocolMatches($0, flow.protocol) }) else {
            return false
        }
        if flow.protocol.usesPorts, !FlowRuleMatching.portMatches(rule.destinationPorts, flow.destinationPort) {
            return false
        }
        return addresses(rule.sourceAddresses, contain: flow.source)
            && addresses(rule.destinationAddresses, contain: flow.destination)
    }

    /// Firewall addresses are `*`, IPs, CIDRs or ranges; service tags in a network rule are
    /// Microsoft's public lists and never hold a design's private addresses.
    private func addresses(_ values: [String], contain address: IPAddress) -> Bool {
        values.contains { FlowRuleMatching.addressMatches($0, address, tags: nil) == true }
    }
}
