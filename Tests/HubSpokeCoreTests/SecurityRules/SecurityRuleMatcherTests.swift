import HubSpokeCore
import Testing

@Suite struct SecurityRuleMatcherTests {
    private func matcher(
        protocol proto: String = "Tcp", sources: [String] = ["*"], sourcePorts: [String] = ["*"],
        destinations: [String] = ["*"], ports: [String] = ["443"], asgs: [String]? = nil, access: String = "Allow"
    ) -> SecurityRuleMatcher {
        SecurityRuleMatcher(
            SecurityRule(
                name: "r", priority: 100, direction: "Inbound", access: access, protocol: proto,
                sourceAddressPrefixes: sources.isEmpty ? nil : sources, sourceApplicationSecurityGroups: asgs,
                sourcePortRanges: sourcePorts, destinationAddressPrefixes: destinations, destinationPortRanges: ports))!
    }

    @Test func parsesModelRulesAndRefusesInvalidOnes() {
        #expect(
            SecurityRuleMatcher(
                SecurityRule(
                    name: "x", priority: 100, direction: "inbound", access: "allow",
                    protocol: "TCP", sourceAddressPrefix: "*", destinationAddressPrefix: "*", destinationPortRange: "22"
                )) != nil)
        #expect(
            SecurityRuleMatcher(
                SecurityRule(
                    name: "x", priority: 100, direction: "Inbond", access: "Allow",
                    protocol: "Tcp", sourceAddressPrefix: "*", destinationAddressPrefix: "*")) == nil)
        #expect(
            SecurityRuleMatcher(
                SecurityRule(
                    name: "x", priority: 100, direction: "Inbound", access: "Allow",
                    protocol: "Tcp", sourceAddressPrefix: "*", destinationAddressPrefix: "*",
                    destinationPortRange: "99999")) == nil)
        // No source at all: Azure would reject it, so there is nothing to match.
        #expect(
            SecurityRuleMatcher(
                SecurityRule(
                    name: "x", priority: 100, direction: "Inbound", access: "Allow",
                    protocol: "Tcp", destinationAddressPrefix: "*")) == nil)
    }

    @Test func anyAnyCoversEverything() {
        let all = matcher(protocol: "*", ports: ["*"])
        #expect(all.covers(matcher(protocol: "Udp", sources: ["Storage"], destinations: ["10.0.0.0/8"], ports: ["53"])))
        #expect(all.covers(matcher(sources: [], asgs: ["asg-web"])))
    }

    @Test func protocolPortsAndPrefixesMustAllBeCovered() {
        let outer = matcher(sources: ["10.0.0.0/8"], ports: ["400-500"])
        #expect(outer.covers(matcher(sources: ["10.1.0.0/16", "10.2.0.4"], ports: ["443", "450-460"])))
        #expect(!outer.covers(matcher(protocol: "*", sources: ["10.1.0.0/16"], ports: ["443"])))
        #expect(!outer.covers(matcher(protocol: "Udp", sources: ["10.1.0.0/16"], ports: ["443"])))
        #expect(!outer.covers(matcher(sources: ["10.1.0.0/16"], ports: ["443", "8080"])))
        #expect(!outer.covers(matcher(sources: ["10.1.0.0/16", "192.168.0.0/16"], ports: ["443"])))
        #expect(!outer.withSourcePortsRestricted().covers(matcher(sources: ["10.1.0.0/16"], ports: ["443"])))
        #expect(outer.covers(matcher(sources: ["10.1.0.0/16"], ports: ["443"]).withSourcePortsRestricted()))
    }

    @Test func prefixZeroDoesNotCoverStarOrTags() {
        let zero = matcher(sources: ["0.0.0.0/0"])
        #expect(!zero.covers(matcher(sources: ["*"])))
        #expect(!zero.covers(matcher(sources: ["Internet"])))
        #expect(zero.covers(matcher(sources: ["203.0.113.0/24"])))
    }

    @Test func tagsCoverThemselvesTheirRegionsAndWhatTheResolverProves() {
        #expect(matcher(sources: ["VirtualNetwork"]).covers(matcher(sources: ["virtualnetwork"])))
        #expect(matcher(sources: ["Storage"]).covers(matcher(sources: ["Storage.WestEurope"])))
        #expect(!matcher(sources: ["VirtualNetwork"]).covers(matcher(sources: ["10.1.0.0/16"])))
        let resolver = ServiceTagResolver([.virtualNetwork: AddressSet([AddressPrefix("10.0.0.0/8")!])])
        #expect(matcher(sources: ["VirtualNetwork"]).covers(matcher(sources: ["10.1.0.0/16"]), resolver: resolver))
        #expect(matcher(sources: ["10.0.0.0/8"]).covers(matcher(sources: ["VirtualNetwork"]), resolver: resolver))
        #expect(!matcher(sources: ["10.0.0.0/9"]).covers(matcher(sources: ["VirtualNetwork"]), resolver: resolver))
    }

    @Test func applicationSecurityGroupsCoverOnlyThemselves() {
        let web = matcher(sources: [], asgs: ["asg-web"])
        #expect(web.covers(matcher(sources: [], asgs: ["ASG-WEB"])))
        #expect(!web.covers(matcher(sources: [], asgs: ["asg-db"])))
        #expect(!matcher(sources: ["10.0.0.0/8"]).covers(web))
    }

    @Test func flowsMatchOnEveryDimension() {
        let rule = matcher(sources: ["10.1.0.0/16"], destinations: ["10.2.0.0/16"], ports: ["443", "8443"])
        let flow = SecurityFlow(
            protocol: .tcp, source: IPAddress("10.1.0.4")!, sourcePort: 50000, destination: IPAddress("10.2.0.4")!,
            destinationPort: 8443)
        #expect(rule.matches(flow) == .matches)
        var other = flow
        other.destinationPort = 80
        #expect(rule.matches(other) == .doesNotMatch)
        other = flow
        other.protocol = .udp
        #expect(rule.matches(other) == .doesNotMatch)
        other = flow
        other.source = IPAddress("10.3.0.4")!
        #expect(rule.matches(other) == .doesNotMatch)
    }

    @Test func unknownSourcePortMatchesOnlyRulesThatAllowEveryPort() {
        let flow = SecurityFlow(
            protocol: .tcp, source: IPAddress("10.1.0.4")!, destination: IPAddress("10.2.0.4")!, destinationPort: 443)
        #expect(matcher().matches(flow) == .matches)
        if case .undetermined = matcher(sourcePorts: ["1024-65535"]).matches(flow) {
        } else {
            Issue.record("expected undetermined")
        }
    }

    @Test func icmpFlowsAndRulesWithPorts() {
        let ping = SecurityFlow(protocol: .icmp, source: IPAddress("10.1.0.4")!, destination: IPAddress("10.2.0.4")!)
        #expect(matcher(protocol: "Icmp", ports: ["*"]).matches(ping) == .matches)
        #expect(matcher(protocol: "*", ports: ["*"]).matches(ping) == .matches)
        #expect(matcher(protocol: "Tcp", ports: ["*"]).matches(ping) == .doesNotMatch)
        if case .undetermined = matcher(protocol: "*", ports: ["53"]).matches(ping) {
        } else {
            Issue.record("expected undetermined")
        }
    }

    @Test func unresolvedTagsAreUndeterminedAndResolvedOnesDecide() {
        let rule = matcher(sources: ["Internet"], ports: ["*"])
        let flow = SecurityFlow(
            protocol: .tcp, source: IPAddress("203.0.113.9")!, sourcePort: 1, destination: IPAddress("10.1.1.4")!,
            destinationPort: 22)
        if case .undetermined(let reason) = rule.matches(flow) {
            #expect(reason.contains("Internet"))
        } else {
            Issue.record("expected undetermined")
        }
        let resolver = ServiceTagResolver.standard(virtualNetwork: AddressSet([AddressPrefix("10.1.0.0/16")!]))
        #expect(rule.matches(flow, resolver: resolver) == .matches)
        var inside = flow
        inside.source = IPAddress("10.1.2.3")!
        #expect(rule.matches(inside, resolver: resolver) == .doesNotMatch)
        // A private address in no VNet is in neither tag.
        inside.source = IPAddress("172.16.0.1")!
        #expect(rule.matches(inside, resolver: resolver) == .doesNotMatch)
    }

    @Test func flowsCarryTheirApplicationSecurityGroups() {
        let rule = matcher(sources: [], ports: ["*"], asgs: ["asg-web"])
        let flow = SecurityFlow(
            protocol: .tcp, source: IPAddress("10.1.0.4")!, sourcePort: 1, destination: IPAddress("10.2.0.4")!,
            destinationPort: 1, sourceApplicationSecurityGroups: ["ASG-web"])
        #expect(rule.matches(flow) == .matches)
        var other = flow
        other.sourceApplicationSecurityGroups = []
        #expect(rule.matches(other) == .doesNotMatch)
    }
}

extension SecurityRuleMatcher {
    /// The same rule matching source port 1 only.
    fileprivate func withSourcePortsRestricted() -> SecurityRuleMatcher {
        SecurityRuleMatcher(
            name: name, priority: priority, direction: direction, access: access, protocol: self.protocol,
            sources: sources, sourcePorts: PortSet([PortRange(port: 1)!]), destinations: destinations,
            destinationPorts: destinationPorts)
    }
}
