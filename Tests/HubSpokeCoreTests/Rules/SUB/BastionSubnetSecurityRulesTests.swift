import Testing

@testable import HubSpokeCore

struct BastionSubnetSecurityRulesTests {
    typealias F = SubnetRuleFixtures

    /// Microsoft's documented rule set, behind a custom deny-all in both directions.
    static let documentedRules: [SecurityRule] = [
        F.rule("AllowHttpsInbound", 120, "Inbound", "Allow", from: "Internet", ports: ["443"]),
        F.rule("AllowGatewayManagerInbound", 130, "Inbound", "Allow", from: "GatewayManager", ports: ["443"]),
        F.rule("AllowAzureLoadBalancerInbound", 140, "Inbound", "Allow", from: "AzureLoadBalancer", ports: ["443"]),
        F.rule(
            "AllowBastionHostCommunication", 150, "Inbound", "Allow", protocol: "*", from: "VirtualNetwork",
            to: "VirtualNetwork", ports: ["8080", "5701"]),
        F.rule("DenyAllInbound", 4000, "Inbound", "Deny", protocol: "*", from: "*", ports: ["*"]),
        F.rule(
            "AllowSshRdpOutbound", 100, "Outbound", "Allow", protocol: "*", from: "*", to: "VirtualNetwork",
            ports: ["22", "3389"]),
        F.rule("AllowAzureCloudOutbound", 110, "Outbound", "Allow", from: "*", to: "AzureCloud", ports: ["443"]),
        F.rule(
            "AllowBastionCommunication", 120, "Outbound", "Allow", protocol: "*", from: "VirtualNetwork",
            to: "VirtualNetwork", ports: ["8080", "5701"]),
        F.rule("AllowHttpOutbound", 130, "Outbound", "Allow", protocol: "*", from: "*", to: "Internet", ports: ["80"]),
        F.rule("DenyAllOutbound", 4000, "Outbound", "Deny", protocol: "*", from: "*", ports: ["*"]),
    ]

    private func design(_ rules: [SecurityRule]) -> Design {
        var d = F.design(F.subnet("AzureBastionSubnet", "10.0.2.0/26", nsg: "nsg-bas"))
        d.networkSecurityGroups = [NetworkSecurityGroup(name: "nsg-bas", securityRules: rules)]
        return d
    }

    @Test func documentedRuleSetPasses() {
        #expect(F.run(BastionSubnetSecurityRules(), design(Self.documentedRules)).isEmpty)
    }

    @Test func firesWhenTheInternetHTTPSRuleIsMissing() {
        let rules = Self.documentedRules.filter { $0.name != "AllowHttpsInbound" }
        let findings = F.run(BastionSubnetSecurityRules(), design(rules))
        #expect(findings.count == 1)
        let f = findings[0]
        #expect(f.rule == "SUB-019" && f.severity == .error)
        #expect(f.resources == ["nsg-bas", "vnet-a/subnets/AzureBastionSubnet"])
        #expect(f.field == "securityRules")
        #expect(f.message.contains("inbound TCP 443 from Internet (dropped by DenyAllInbound 4000)"))
        #expect(!f.message.contains("GatewayManager"))
    }

    @Test func gatewayManagerRuleIsNeededOnlyWithoutAnInternetAllow() {
        // GatewayManager's addresses are Azure-owned public space, inside the Internet tag.
        let withoutGatewayManager = Self.documentedRules.filter { $0.name != "AllowGatewayManagerInbound" }
        #expect(F.run(BastionSubnetSecurityRules(), design(withoutGatewayManager)).isEmpty)
        var narrowed = withoutGatewayManager
        narrowed[0].sourceAddressPrefix = "203.0.113.0/24"
        let message = F.run(BastionSubnetSecurityRules(), design(narrowed)).first?.message ?? ""
        #expect(message.contains("inbound TCP 443 from GatewayManager (dropped by DenyAllInbound 4000)"))
    }

    @Test func firesWhenOutboundIsDeniedBeforeTheAllows() {
        var rules = Self.documentedRules
        rules.append(
            F.rule("deny-internet-out", 90, "Outbound", "Deny", protocol: "*", from: "*", to: "Internet", ports: ["*"]))
        let message = F.run(BastionSubnetSecurityRules(), design(rules)).first?.message ?? ""
        #expect(message.contains("outbound TCP 443 to AzureCloud (dropped by deny-internet-out 90)"))
        #expect(message.contains("outbound 80 to Internet"))
    }

    @Test func wildcardsRangesAndDefaultsCover() {
        let rules = [
            F.rule("https-in", 100, "Inbound", "Allow", protocol: "*", from: "*", ports: ["400-500"]),
            F.rule(
                "bastion-in", 110, "Inbound", "Allow", from: "10.0.0.0/8", to: "VirtualNetwork", ports: ["5701-8080"]),
            F.rule("deny-rest", 4000, "Inbound", "Deny", protocol: "*", from: "*", ports: ["*"]),
        ]
        #expect(F.run(BastionSubnetSecurityRules(), design(rules)).isEmpty)
    }

    @Test func defaultRulesAloneLackTheInboundHTTPS() {
        let message = F.run(BastionSubnetSecurityRules(), design([])).first?.message ?? ""
        #expect(message.contains("inbound TCP 443 from Internet (dropped by DenyAllInBound 65500)"))
        #expect(message.contains("inbound TCP 443 from GatewayManager"))
        #expect(!message.contains("AzureLoadBalancer"))
        #expect(!message.contains("outbound"))
    }

    @Test func narrowDenyOfSomeInternetHostsIsAPolicyNotABreak() {
        var rules = Self.documentedRules
        rules.append(F.rule("deny-bad-host", 100, "Inbound", "Deny", protocol: "*", from: "203.0.113.7", ports: ["*"]))
        #expect(F.run(BastionSubnetSecurityRules(), design(rules)).isEmpty)
    }

    @Test func noNSGOnTheBastionSubnetIsNotThisRule() {
        var d = design([])
        d.virtualNetworks[0].subnets[0].networkSecurityGroup = nil
        #expect(F.run(BastionSubnetSecurityRules(), d).isEmpty)
    }
}
