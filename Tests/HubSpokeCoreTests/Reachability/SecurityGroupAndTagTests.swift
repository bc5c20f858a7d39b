import Testing

@testable import HubSpokeCore

/// NSG evaluation as the walk does it: the VirtualNetwork tag per subnet (own space, peers with
/// allowVirtualNetworkAccess, on-premises, UDR prefixes), Internet, AzureLoadBalancer, and the
/// default rules.
struct SecurityGroupAndTagTests {
    static let spoke1 = DesignIndex.SubnetRef(vnet: 1, subnet: 0)

    struct TagCase: CustomTestStringConvertible, Sendable {
        var name: String
        var design: @Sendable () -> Design
        var subnet: String
        var address: String
        var inVirtualNetwork: Bool
        var testDescription: String { name }
    }

    static func tutorial(_ change: (inout Design) -> Void = { _ in }) -> Design {
        var design = Examples.tutorial
        change(&design)
        return design
    }

    static func hubAndSpoke(_ change: (inout Design) -> Void = { _ in }) -> Design {
        var design = Examples.hubAndSpoke
        change(&design)
        return design
    }

    static let primary = "vnet-prod-ae-wv-001/subnets/PrimarySubnet"

    static let tagCases: [TagCase] = [
        TagCase(
            name: "own VNet space", design: { tutorial() }, subnet: primary, address: "10.30.200.1",
            inVirtualNetwork: true),
        TagCase(
            name: "Connected peer with access", design: { tutorial() }, subnet: primary, address: "10.20.20.4",
            inVirtualNetwork: true),
        TagCase(
            name: "peer with access false on the local half",
            design: { tutorial { $0.virtualNetworks[0].virtualNetworkPeerings[0].allowVirtualNetworkAccess = false } },
            subnet: primary, address: "10.20.20.4", inVirtualNetwork: false),
        TagCase(
            name: "peer with access false on the remote half",
            design: { tutorial { $0.virtualNetworks[1].virtualNetworkPeerings[0].allowVirtualNetworkAccess = false } },
            subnet: primary, address: "10.20.20.4", inVirtualNetwork: false),
        TagCase(
            name: "peering with one half only",
            design: { tutorial { $0.virtualNetworks[1].virtualNetworkPeerings = [] } },
            subnet: primary, address: "10.20.20.4", inVirtualNetwork: false),
        TagCase(
            name: "on-premises prefix through gateway transit", design: { hubAndSpoke() },
            subnet: "vnet-spoke1/subnets/snet-app", address: "192.168.7.7", inVirtualNetwork: true),
        TagCase(
            name: "0.0.0.0/0 UDR puts every address in the tag", design: { hubAndSpoke() },
            subnet: "vnet-spoke1/subnets/snet-app", address: "8.8.8.8", inVirtualNetwork: true),
        TagCase(
            name: "UDR prefix joins the tag",
            design: { hubAndSpoke() }, subnet: "vnet-hub/subnets/GatewaySubnet", address: "10.3.1.4",
            inVirtualNetwork: true),
        TagCase(
            name: "a spoke that is not a peer",
            design: { hubAndSpoke { $0.virtualNetworks[1].subnets[0].routeTable = nil } },
            subnet: "vnet-spoke1/subnets/snet-app", address: "10.2.1.4", inVirtualNetwork: false),
        TagCase(
            name: "public address without a default UDR", design: { tutorial() }, subnet: primary,
            address: "8.8.8.8", inVirtualNetwork: false),
    ]

    @Test(arguments: tagCases)
    func virtualNetworkTag(_ c: TagCase) throws {
        let index = DesignIndex(c.design())
        let ref = try #require(index.subnet(c.subnet))
        let address = try #require(IPAddress(c.address))
        let tag = VirtualNetworkTag(index: index, subnet: ref)
        #expect(tag.addresses(relevantTo: [address]).contains(address) == c.inVirtualNetwork)
    }

    /// An empty NSG: only Azure's default rules decide.
    struct DefaultRuleCase: CustomTestStringConvertible, Sendable {
        var inbound: Bool
        var source: String
        var destination: String
        var protocolName: TransportProtocol
        var expectedRule: String
        var allows: Bool
        var testDescription: String { "\(inbound ? "in" : "out") \(source) -> \(destination): \(expectedRule)" }
    }

    static let defaultRuleCases: [DefaultRuleCase] = [
        DefaultRuleCase(
            inbound: true, source: "10.20.20.4", destination: "10.30.10.4", protocolName: .tcp,
            expectedRule: "AllowVnetInBound", allows: true),
        DefaultRuleCase(
            inbound: true, source: "203.0.113.9", destination: "10.30.10.4", protocolName: .tcp,
            expectedRule: "DenyAllInBound", allows: false),
        DefaultRuleCase(
            inbound: true, source: "168.63.129.16", destination: "10.30.10.4", protocolName: .tcp,
            expectedRule: "AllowAzureLoadBalancerInBound", allows: true),
        DefaultRuleCase(
            inbound: false, source: "10.30.10.4", destination: "8.8.8.8", protocolName: .udp,
            expectedRule: "AllowInternetOutBound", allows: true),
        DefaultRuleCase(
            inbound: false, source: "10.30.10.4", destination: "172.16.0.9", protocolName: .tcp,
            expectedRule: "DenyAllOutBound", allows: false),
        DefaultRuleCase(
            inbound: false, source: "10.30.10.4", destination: "10.20.20.4", protocolName: .icmp,
            expectedRule: "AllowVnetOutBound", allows: true),
    ]

    @Test(arguments: defaultRuleCases)
    func defaultRules(_ c: DefaultRuleCase) throws {
        var design = Examples.tutorial
        design.networkSecurityGroups[0].securityRules = []
        let index = DesignIndex(design)
        let evaluation = SecurityGroupEvaluation(
            index: index, tag: VirtualNetworkTag(index: index, subnet: DesignIndex.SubnetRef(vnet: 0, subnet: 0)))
        let flow = Flow(
            source: try #require(IPAddress(c.source)), destination: try #require(IPAddress(c.destination)),
            protocol: c.protocolName, sourcePort: nil, destinationPort: 3389)
        let verdict = evaluation.evaluate(0, inbound: c.inbound, flow: flow)
        #expect(verdict.rule.name == c.expectedRule)
        #expect(verdict.allows == c.allows)
    }

    @Test func customRulesAreTakenByPriorityNotByPosition() throws {
        var design = Examples.tutorial
        design.networkSecurityGroups[0].securityRules.append(
            SecurityRule(
                name: "deny-rdp-from-peer", priority: 500, direction: "Inbound", access: "Deny", protocol: "Tcp",
                sourceAddressPrefix: "10.20.0.0/16", sourcePortRange: "*", destinationAddressPrefix: "*",
                destinationPortRange: "3000-3999"))
        let result = try ReachabilityAnalyzer(design: design).analyze(
            ReachabilityQuery(source: "vmprodasewv001", destination: "vmprodaewv001", port: 3389))
        #expect(result.reachable == false)
        #expect(result.decidedBy.kind == .nsg)
        #expect(result.decidedBy.rule == "deny-rdp-from-peer (500)")
    }

    @Test func applicationSecurityGroupOnTheDestinationNIC() throws {
        var design = Examples.tutorial
        design.applicationSecurityGroups = [ApplicationSecurityGroup(name: "asg-web")]
        design.networkInterfaces[1].ipConfigurations[0].applicationSecurityGroups = ["asg-web"]
        design.networkInterfaces[1].networkSecurityGroup = "nsg-web"
        design.networkSecurityGroups.append(
            NetworkSecurityGroup(
                name: "nsg-web",
                securityRules: [
                    SecurityRule(
                        name: "deny-web-rdp", priority: 100, direction: "Inbound", access: "Deny", protocol: "*",
                        sourceAddressPrefix: "*", sourcePortRange: "*",
                        destinationApplicationSecurityGroups: ["asg-web"], destinationPortRange: "3389")
                ]))
        let result = try ReachabilityAnalyzer(design: design).analyze(
            ReachabilityQuery(source: "vmprodaewv001", destination: "vmprodasewv001", port: 3389))
        #expect(result.decidedBy.rule == "deny-web-rdp (100)")
        #expect(result.decidedBy.resource == "nsg-web")
        #expect(result.reachable == false)
    }

    @Test func serviceTagOnAPublicDestinationIsUnknown() throws {
        var design = Examples.tutorial
        design.networkSecurityGroups[0].securityRules.append(
            SecurityRule(
                name: "allow-storage", priority: 200, direction: "Outbound", access: "Allow", protocol: "Tcp",
                sourceAddressPrefix: "*", sourcePortRange: "*", destinationAddressPrefix: "Storage",
                destinationPortRange: "443"))
        let analyzer = ReachabilityAnalyzer(design: design)
        let publicResult = try analyzer.analyze(
            ReachabilityQuery(source: "vmprodaewv001", destination: "52.239.0.1", port: 443))
        #expect(publicResult.reachable == nil)
        #expect(publicResult.decidedBy.kind == .unknown)
        #expect(publicResult.decidedBy.rule == "allow-storage (200)")
        // A private destination is certainly not in Storage: the rule is passed over.
        let privateResult = try analyzer.analyze(
            ReachabilityQuery(source: "vmprodaewv001", destination: "vmprodasewv001", port: 443))
        #expect(privateResult.reachable == true)
    }
}
