import HubSpokeCore
import Testing

@Suite struct SecurityRuleEvaluatorTests {
    private let resolver = ServiceTagResolver.standard(virtualNetwork: AddressSet([AddressPrefix("10.0.0.0/8")!]))

    private func flow(from source: String, port: Int) -> SecurityFlow {
        SecurityFlow(
            protocol: .tcp, source: IPAddress(source)!, sourcePort: 50000, destination: IPAddress("10.1.1.4")!,
            destinationPort: port)
    }

    @Test func firstMatchByPriorityDecides() {
        let nsg = NetworkSecurityGroup(
            name: "nsg",
            securityRules: [
                SecurityRule(
                    name: "deny-all", priority: 4000, direction: "Inbound", access: "Deny", protocol: "*",
                    sourceAddressPrefix: "*", sourcePortRange: "*", destinationAddressPrefix: "*",
                    destinationPortRange: "*"),
                SecurityRule(
                    name: "allow-https", priority: 200, direction: "Inbound", access: "Allow", protocol: "Tcp",
                    sourceAddressPrefix: "10.2.0.0/16", sourcePortRange: "*", destinationAddressPrefix: "*",
                    destinationPortRange: "443"),
            ])
        let allowed = SecurityRuleEvaluator.evaluate(
            nsg, direction: .inbound, flow: flow(from: "10.2.0.5", port: 443), resolver: resolver)
        #expect(allowed.isAllowed == true)
        if case .decided(let rule, _) = allowed { #expect(rule.name == "allow-https") }
        let denied = SecurityRuleEvaluator.evaluate(
            nsg, direction: .inbound, flow: flow(from: "10.2.0.5", port: 22), resolver: resolver)
        if case .decided(let rule, let access) = denied {
            #expect(rule.name == "deny-all")
            #expect(access == .deny)
        } else {
            Issue.record("expected a decision")
        }
    }

    @Test func defaultRulesApplyAfterCustomOnes() {
        let empty = NetworkSecurityGroup(name: "nsg")
        let fromVNet = SecurityRuleEvaluator.evaluate(
            empty, direction: .inbound, flow: flow(from: "10.9.0.1", port: 3389), resolver: resolver)
        if case .decided(let rule, .allow) = fromVNet {
            #expect(rule.name == "AllowVnetInBound")
        } else {
            Issue.record("expected AllowVnetInBound")
        }
        let fromInternet = SecurityRuleEvaluator.evaluate(
            empty, direction: .inbound, flow: flow(from: "203.0.113.1", port: 3389), resolver: resolver)
        if case .decided(let rule, .deny) = fromInternet {
            #expect(rule.name == "DenyAllInBound")
        } else {
            Issue.record("expected DenyAllInBound")
        }
        let probe = SecurityRuleEvaluator.evaluate(
            empty, direction: .inbound, flow: flow(from: "168.63.129.16", port: 80), resolver: resolver)
        if case .decided(let rule, .allow) = probe {
            #expect(rule.name == "AllowAzureLoadBalancerInBound")
        } else {
            Issue.record("expected AllowAzureLoadBalancerInBound")
        }
    }

    @Test func withoutATagResolverTheDefaultsAreUndetermined() {
        let verdict = SecurityRuleEvaluator.evaluate(
            NetworkSecurityGroup(name: "nsg"), direction: .inbound, flow: flow(from: "10.9.0.1", port: 22),
            resolver: .none)
        #expect(verdict.isAllowed == nil)
        if case .undetermined(let rule, _) = verdict { #expect(rule.name == "AllowVnetInBound") }
    }
}
