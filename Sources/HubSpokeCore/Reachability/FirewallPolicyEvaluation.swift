/// Azure Firewall as an allow/deny point: its policy's network rules decide. Rule collection
/// groups are processed by ascending priority, collections inside a group by ascending
/// priority, rules in order; the first matching rule applies its collection's action. Nothing
/// matching means deny (Azure Firewall denies by default).
///
/// Application and DNAT rules are not modelled: they match FQDNs and inbound public traffic,
/// not private east-west flows.
struct FirewallPolicyEvaluation {
    enum Outcome: Hashable, Sendable {
        /// A rule matched: `policy/ruleCollectionGroups/group: collection/rule`, and whether its
        /// collection allows.
        case matched(rule: String, allows: Bool)
        /// No network rule matched: default deny.
        case noMatch
    }

    func evaluate(_ policy: FirewallPolicy, flow: Flow) -> Outcome {
        for group in policy.ruleCollectionGroups.sorted(by: { $0.priority < $1.priority }) {
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
        let protocolMatches = rule.ipProtocols.contains {
            $0.equalsIgnoringCase("Any") || $0.equalsIgnoringCase(flow.protocol.rawValue)
        }
        guard protocolMatches else { return false }
        if flow.protocol.usesPorts, let port = flow.destinationPort {
            guard let ports = PortSet(parsing: rule.destinationPorts), ports.contains(port) else { return false }
        }
        return addresses(rule.sourceAddresses, contain: flow.source)
            && addresses(rule.destinationAddresses, contain: flow.destination)
    }

    /// Firewall addresses are `*`, IPs, CIDRs or `first-last` ranges; service tags and IP groups
    /// name address lists not known offline and never match here.
    private func addresses(_ values: [String], contain address: IPAddress) -> Bool {
        values.contains { value in
            if value == "*" { return true }
            if let prefix = AddressPrefix(value) { return prefix.contains(address) }
            if let single = IPAddress(value) { return single == address }
            let bounds = value.split(separator: "-")
            if bounds.count == 2, let low = IPAddress(bounds[0]), let high = IPAddress(bounds[1]) {
                return low.family == address.family && low <= address && address <= high
            }
            return false
        }
    }
}
