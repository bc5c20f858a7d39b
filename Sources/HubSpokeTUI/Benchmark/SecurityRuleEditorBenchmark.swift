import HubSpokeCore

/// The NSG editor case of the keystroke benchmark (issue 6: under 5 ms p99 with a 1,000-rule
/// NSG open): the built-in example plus `nsg-bench` with `rules` rules in both directions,
/// attached to a subnet, open in the inspector with a rule in the middle selected.
extension KeystrokeFrameBenchmark {
    /// `key` is Space (Allow/Deny of the selected rule: every keystroke makes a new design) or a
    /// navigation key such as `j`.
    public static func securityRuleEditor(rules: Int = 1000, key: KeyEvent = KeyEvent(.character(" ")))
        -> KeystrokeFrameBenchmark
    {
        var design = Examples.hubAndSpoke
        design.networkSecurityGroups.append(
            NetworkSecurityGroup(name: "nsg-bench", securityRules: benchmarkRules(rules)))
        if let v = design.virtualNetworks.indices.first(where: { !design.virtualNetworks[$0].subnets.isEmpty }) {
            design.virtualNetworks[v].subnets[design.virtualNetworks[v].subnets.count - 1].networkSecurityGroup =
                "nsg-bench"
        }
        return KeystrokeFrameBenchmark(design: design, key: key) { state in
            _ = Reducer.reduce(&state, .command(.goto(path: "nsg-bench")))
            let middle = rules / 2
            let n = state.design.networkSecurityGroups.count - 1
            state.inspectorSelection =
                SecurityRuleTable(design: state.design, securityGroup: n).selection(ofRule: middle) ?? 1
        }
    }

    /// Rules with distinct priorities, sources and ports, half inbound, half outbound, so they
    /// neither shadow each other nor collapse into one case.
    static func benchmarkRules(_ count: Int) -> [SecurityRule] {
        (0..<count).map { i in
            SecurityRule(
                name: "rule-\(i)", priority: 100 + i / 2 * 4, direction: i % 2 == 0 ? "Inbound" : "Outbound",
                access: i % 3 == 0 ? "Deny" : "Allow", protocol: i % 5 == 0 ? "Udp" : "Tcp",
                sourceAddressPrefix: "10.\(100 + i / 250).\(i % 250).0/24", sourcePortRange: "*",
                destinationAddressPrefix: "VirtualNetwork", destinationPortRange: "\(2000 + i)")
        }
    }
}
