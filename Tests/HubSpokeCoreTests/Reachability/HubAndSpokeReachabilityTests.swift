import HubSpokeCore
import Testing

/// The built-in hub-and-spoke example: spokes reach each other only through the hub firewall
/// (UDRs + forwarded traffic + policy), and on-premises through the hub gateway.
struct HubAndSpokeReachabilityTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var change: @Sendable (inout Design) -> Void = { _ in }
        var to: String = "vm-app-spoke2"
        var port: Int = 443
        var protocolName: TransportProtocol = .tcp
        var reachable: Bool?
        var kind: ReachabilityDecision.Kind
        var resource: String
        var ruleContains: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "spoke to spoke through the firewall", reachable: true, kind: .nsg, resource: "nsg-spoke2",
            ruleContains: "allow-https-from-spokes-and-onprem (200)"),
        Case(
            name: "spoke to spoke without the appliance route is non-transitive",
            change: { $0.routeTables[0].routes = [] }, reachable: false, kind: .route,
            resource: "vnet-spoke1/subnets/snet-app", ruleContains: "10.0.0.0/8 -> None"),
        Case(
            name: "receiving spoke refuses forwarded traffic",
            change: { $0.virtualNetworks[2].virtualNetworkPeerings[0].allowForwardedTraffic = false },
            reachable: false, kind: .peering, resource: "vnet-spoke2/virtualNetworkPeerings/spoke2-to-hub",
            ruleContains: "allowForwardedTraffic=false"),
        Case(
            name: "sending spoke refuses the forwarded reply",
            change: { $0.virtualNetworks[1].virtualNetworkPeerings[0].allowForwardedTraffic = false },
            reachable: false, kind: .peering, resource: "vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub",
            ruleContains: "allowForwardedTraffic=false"),
        Case(
            name: "policy has no rule for the port: default deny", port: 8080, reachable: false, kind: .firewall,
            resource: "afw-hub", ruleContains: "default deny"),
        Case(
            name: "policy allows TCP only: ICMP is denied", protocolName: .icmp, reachable: false, kind: .firewall,
            resource: "afw-hub", ruleContains: "default deny"),
        Case(
            name: "firewall without a policy in the design is unknown",
            change: { $0.azureFirewalls[0].firewallPolicy = nil }, reachable: nil, kind: .unknown,
            resource: "afw-hub", ruleContains: "no policy"),
        Case(
            name: "firewall policy not in the design is unknown", change: { $0.firewallPolicies = [] },
            reachable: nil, kind: .unknown, resource: "afw-hub", ruleContains: "afwp-hub"),
        Case(
            name: "unknown firewall still reports a later NSG block",
            change: {
                $0.azureFirewalls[0].firewallPolicy = nil
                $0.networkSecurityGroups[1].securityRules.removeAll { $0.priority == 200 }
            }, reachable: false, kind: .nsg, resource: "nsg-spoke2", ruleContains: "deny-all-inbound (4000)"),
        Case(
            name: "a deny collection group of higher priority wins",
            change: { design in
                design.firewallPolicies[0].ruleCollectionGroups.append(
                    FirewallPolicyRuleCollectionGroup(
                        name: "rcg-deny", priority: 50,
                        ruleCollections: [
                            FirewallRuleCollection(
                                name: "deny-spoke2", priority: 100, action: "Deny",
                                rules: [
                                    FirewallNetworkRule(
                                        name: "no-spoke2", ipProtocols: ["Any"], sourceAddresses: ["*"],
                                        destinationAddresses: ["10.2.0.0/16"], destinationPorts: ["*"])
                                ])
                        ]))
            }, reachable: false, kind: .firewall, resource: "afw-hub", ruleContains: "deny-spoke2/no-spoke2"),
        Case(
            name: "a deny collection group of lower priority comes too late",
            change: { design in
                design.firewallPolicies[0].ruleCollectionGroups.append(
                    FirewallPolicyRuleCollectionGroup(
                        name: "rcg-deny", priority: 500,
                        ruleCollections: [
                            FirewallRuleCollection(
                                name: "deny-spoke2", priority: 100, action: "Deny",
                                rules: [
                                    FirewallNetworkRule(
                                        name: "no-spoke2", ipProtocols: ["Any"], sourceAddresses: ["*"],
                                        destinationAddresses: ["10.2.0.0/16"], destinationPorts: ["*"])
                                ])
                        ]))
            }, reachable: true, kind: .nsg, resource: "nsg-spoke2", ruleContains: "(200)"),
        Case(
            name: "on-premises through the firewall and the hub gateway", to: "192.168.10.20", reachable: true,
            kind: .firewall, resource: "afw-hub", ruleContains: "spokes-and-onprem-https-ssh-rdp"),
        Case(
            name: "Internet egress the policy does not allow", to: "8.8.8.8", reachable: false, kind: .firewall,
            resource: "afw-hub", ruleContains: "default deny"),
        Case(
            name: "spoke NSG denies a port the firewall allows", port: 22, reachable: false, kind: .nsg,
            resource: "nsg-spoke2", ruleContains: "deny-all-inbound (4000)"),
    ]

    @Test(arguments: cases)
    func fromSpoke1(_ c: Case) throws {
        var design = Examples.hubAndSpoke
        c.change(&design)
        let result = try ReachabilityAnalyzer(design: design).analyze(
            ReachabilityQuery(source: "vm-app-spoke1", destination: c.to, protocol: c.protocolName, port: c.port))
        #expect(result.reachable == c.reachable)
        #expect(result.decidedBy.kind == c.kind)
        #expect(result.decidedBy.resource == c.resource)
        #expect(result.decidedBy.rule.contains(c.ruleContains))
    }

    @Test func spokeToSpokePathPassesTheFirewall() throws {
        let result = try ReachabilityAnalyzer(design: Examples.hubAndSpoke).analyze(
            ReachabilityQuery(source: "vm-app-spoke1", destination: "vm-app-spoke2", port: 443))
        let firewall = try #require(result.hops.first { $0.kind == .firewall })
        #expect(firewall.resource == "afw-hub")
        #expect(firewall.detail.contains("10.0.1.4"))
        #expect(
            result.hops.contains {
                $0.kind == .peering && $0.resource == "vnet-hub/virtualNetworkPeerings/hub-to-spoke2"
            })
        #expect(result.hops.last?.detail == "the reply returns through afw-hub")
    }

    @Test func nonTransitiveBlockNamesTheSharedHub() throws {
        var design = Examples.hubAndSpoke
        design.routeTables[0].routes = []
        let result = try ReachabilityAnalyzer(design: design).analyze(
            ReachabilityQuery(source: "vm-app-spoke1", destination: "vm-app-spoke2", port: 443))
        #expect(result.decidedBy.reason.contains("PEER-005"))
        #expect(result.decidedBy.reason.contains("vnet-hub"))
    }

    /// Gateway transit from a spoke without a route table: on-premises prefixes arrive through
    /// the hub's gateway (useRemoteGateways + allowGatewayTransit).
    struct TransitCase: CustomTestStringConvertible, Sendable {
        var name: String
        var change: @Sendable (inout Design) -> Void
        var to: String = "192.168.10.20"
        var reachable: Bool
        var kind: ReachabilityDecision.Kind
        var testDescription: String { name }
    }

    static let transitCases: [TransitCase] = [
        TransitCase(name: "transit carries on-premises traffic", change: { _ in }, reachable: true, kind: .nsg),
        TransitCase(
            name: "hub without allowGatewayTransit",
            change: { $0.virtualNetworks[0].virtualNetworkPeerings[0].allowGatewayTransit = false }, reachable: false,
            kind: .route),
        TransitCase(
            name: "propagation disabled without a UDR",
            change: { design in
                design.routeTables.append(RouteTable(name: "rt-quiet", disableBgpRoutePropagation: true))
                design.virtualNetworks[1].subnets[0].routeTable = "rt-quiet"
            }, reachable: false, kind: .route),
        TransitCase(
            name: "address no local network gateway announces", change: { _ in }, to: "172.16.5.5", reachable: false,
            kind: .route),
        TransitCase(
            name: "UDR to the gateway for an address it does not know",
            change: { design in
                design.routeTables.append(
                    RouteTable(
                        name: "rt-vpn",
                        routes: [
                            Route(name: "all-vpn", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualNetworkGateway")
                        ]))
                design.virtualNetworks[1].subnets[0].routeTable = "rt-vpn"
            }, to: "172.16.5.5", reachable: false, kind: .route),
    ]

    @Test(arguments: transitCases)
    func gatewayTransit(_ c: TransitCase) throws {
        var design = Examples.hubAndSpoke
        design.virtualNetworks[1].subnets[0].routeTable = nil
        design.networkSecurityGroups[0].securityRules.append(
            SecurityRule(
                name: "allow-out", priority: 100, direction: "Outbound", access: "Allow", protocol: "*",
                sourceAddressPrefix: "*", sourcePortRange: "*", destinationAddressPrefix: "*",
                destinationPortRange: "*"))
        c.change(&design)
        let result = try ReachabilityAnalyzer(design: design).analyze(
            ReachabilityQuery(source: "vm-app-spoke1", destination: c.to, port: 443))
        #expect(result.reachable == c.reachable)
        #expect(result.decidedBy.kind == c.kind)
        if c.reachable {
            #expect(result.hops.contains { $0.kind == .gateway && $0.resource == "vgw-hub" })
            #expect(
                result.hops.contains {
                    $0.kind == .peering && $0.resource == "vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub"
                        && $0.detail.contains("gateway transit")
                })
        }
    }

    @Test(arguments: [
        ("nobody", ReachabilityError.unknownEndpoint("nobody")),
        ("192.168.10.20", ReachabilityError.sourceOutsideDesign("192.168.10.20")),
    ])
    func badSources(source: String, error: ReachabilityError) {
        #expect(throws: error) {
            try ReachabilityAnalyzer(design: Examples.hubAndSpoke).analyze(
                ReachabilityQuery(source: source, destination: "vm-app-spoke2", port: 443))
        }
    }

    @Test func portOutOfRange() {
        #expect(throws: ReachabilityError.invalidPort(70000)) {
            try ReachabilityAnalyzer(design: Examples.hubAndSpoke).analyze(
                ReachabilityQuery(source: "vm-app-spoke1", destination: "vm-app-spoke2", port: 70000))
        }
    }
}

/// The reply from on-premises enters at the GatewaySubnet: without its UDRs back through the
/// firewall it skips the firewall the request passed (GW-009).
struct OnPremisesReturnPathTests {
    func result(_ change: (inout Design) -> Void) throws -> ReachabilityResult {
        var design = Examples.hubAndSpoke
        change(&design)
        return try ReachabilityAnalyzer(design: design).analyze(
            ReachabilityQuery(source: "vm-app-spoke1", destination: "192.168.10.20", port: 443))
    }

    @Test func gatewaySubnetRoutesKeepTheReplyOnTheFirewall() throws {
        let symmetric = try result { _ in }
        #expect(symmetric.reachable == true)
        #expect(symmetric.hops.last?.kind == .return)
        #expect(symmetric.hops.last?.detail == "the reply returns through afw-hub")
    }

    @Test func gatewaySubnetWithoutRoutesIsAsymmetric() throws {
        let asymmetric = try result { $0.virtualNetworks[0].subnets[0].routeTable = nil }
        #expect(asymmetric.reachable == true)
        #expect(
            asymmetric.hops.last?.detail.hasPrefix("asymmetric, likely dropped: the request passes afw-hub") == true)
    }

    @Test func gatewayForwardedReplyIsExemptFromTheForwardedFlag() throws {
        // Spoke without a route table: on-premises through transit both ways, no appliance.
        let direct = try result { design in
            design.virtualNetworks[1].subnets[0].routeTable = nil
            design.virtualNetworks[0].subnets[0].routeTable = nil
            design.virtualNetworks[1].virtualNetworkPeerings[0].allowForwardedTraffic = false
        }
        #expect(direct.reachable == true)
        #expect(direct.hops.last?.detail == "the reply returns directly")
    }
}

/// Routes an ExpressRoute or BGP-enabled gateway learns are not in the design: an address no
/// route covers may still be announced by on-premises, so the answer is unknown, not blocked.
struct BGPLearnedRouteTests {
    @Test(arguments: [
        ("ExpressRoute", false, Bool?.none), ("Vpn", true, nil), ("Vpn", false, false),
    ])
    func unannouncedDestination(gatewayType: String, enableBgp: Bool, reachable: Bool?) throws {
        var design = Examples.hubAndSpoke
        design.virtualNetworkGateways[0].gatewayType = gatewayType
        design.virtualNetworkGateways[0].enableBgp = enableBgp
        design.virtualNetworks[1].subnets[0].routeTable = nil
        let result = try ReachabilityAnalyzer(design: design).analyze(
            ReachabilityQuery(source: "vm-app-spoke1", destination: "172.20.1.1", port: 443))
        #expect(result.reachable == reachable)
        #expect(result.decidedBy.kind == (reachable == nil ? .unknown : .route))
    }
}
