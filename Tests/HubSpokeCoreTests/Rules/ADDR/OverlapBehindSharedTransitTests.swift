import Testing

@testable import HubSpokeCore

@Suite struct OverlapBehindSharedTransitTests {
    typealias F = AddressRuleFixtures

    /// Two firewall hubs peered with each other, each with one spoke.
    private func twoHubs(spoke1: String, spoke2: String, firewalls: Bool = true) -> Design {
        let (hub1, fw1) = F.firewallHub("vnet-hub1", "10.0.0.0/16", subnet: "10.0.0.0/26")
        let (hub2, fw2) = F.firewallHub("vnet-hub2", "10.100.0.0/16", subnet: "10.100.0.0/26")
        var design = F.design(
            [hub1, hub2, F.vnet("vnet-spoke1", spoke1), F.vnet("vnet-spoke2", spoke2)],
            peered: [("vnet-hub1", "vnet-hub2"), ("vnet-hub1", "vnet-spoke1"), ("vnet-hub2", "vnet-spoke2")])
        if firewalls { design.azureFirewalls = [fw1, fw2] }
        return design
    }

    @Test func firesForSpokesOfTwoFirewallHubs() throws {
        let findings = F.run(OverlapBehindSharedTransit(), twoHubs(spoke1: "10.1.0.0/16", spoke2: "10.1.128.0/17"))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "ADDR-009")
        #expect(finding.severity == .warning)
        #expect(finding.resources == ["vnet-spoke2", "vnet-spoke1"])
        #expect(finding.message.contains("reach each other through hub appliances"))
        #expect(
            finding.message.contains(
                "vnet-spoke2 through the appliances of vnet-hub2, vnet-spoke1 through the appliances of vnet-hub1"))
        #expect(
            finding.message.hasPrefix(
                "vnet-spoke2 (10.1.128.0/17) overlaps vnet-spoke1 (10.1.0.0/16); they are not peered"))
    }

    @Test func anNVAWithIPForwardingCountsAsAnAppliance() {
        var design = twoHubs(spoke1: "10.1.0.0/16", spoke2: "10.1.0.0/16")
        design.azureFirewalls.removeLast()
        design.virtualNetworks[1].subnets.append(Subnet(name: "snet-nva", addressPrefixes: ["10.100.1.0/24"]))
        design.networkInterfaces = [
            NetworkInterface(
                name: "nic-nva", enableIPForwarding: true,
                ipConfigurations: [NetworkInterfaceIPConfiguration(subnet: "vnet-hub2/subnets/snet-nva")])
        ]
        #expect(F.run(OverlapBehindSharedTransit(), design).count == 1)
        design.networkInterfaces[0].enableIPForwarding = false
        #expect(F.run(OverlapBehindSharedTransit(), design).isEmpty)
    }

    @Test func silentWithoutAppliancesOrWithoutOverlap() {
        #expect(
            F.run(
                OverlapBehindSharedTransit(), twoHubs(spoke1: "10.1.0.0/16", spoke2: "10.1.0.0/16", firewalls: false)
            ).isEmpty)
        #expect(F.run(OverlapBehindSharedTransit(), twoHubs(spoke1: "10.1.0.0/16", spoke2: "10.2.0.0/16")).isEmpty)
    }

    @Test func silentForSpokesOfOneHub() {
        // Spokes sharing a hub are ADDR-013's error; ADDR-009 does not repeat them.
        var design = twoHubs(spoke1: "10.1.0.0/16", spoke2: "10.2.0.0/16")
        design.virtualNetworks.append(F.vnet("vnet-spoke3", "10.1.0.0/16"))
        F.peer(&design, "vnet-hub1", "vnet-spoke3")
        #expect(F.run(OverlapBehindSharedTransit(), design).isEmpty)
        #expect(F.run(OverlapAmongPeersOfOneVNet(), design).count == 1)
    }

    /// Two hubs without appliances, each with a VPN gateway connected to the same on-premises
    /// device, and a spoke on each using its hub's gateway.
    private func twoGatewayHubs(spoke1: String, spoke2: String, sameDevice: Bool = true) -> Design {
        var design = F.design([])
        for (n, prefix, gatewaySubnet) in [(1, "10.0.0.0/16", "10.0.0.0/27"), (2, "10.100.0.0/16", "10.100.0.0/27")] {
            var hub = F.vnet("vnet-hub\(n)", prefix)
            hub.subnets = [Subnet(name: "GatewaySubnet", addressPrefixes: [gatewaySubnet])]
            design.virtualNetworks.append(hub)
            design.virtualNetworkGateways.append(
                VirtualNetworkGateway(name: "vgw-hub\(n)", subnet: "vnet-hub\(n)/subnets/GatewaySubnet"))
            design.localNetworkGateways.append(
                LocalNetworkGateway(
                    name: "lng-hub\(n)", gatewayIpAddress: sameDevice ? "203.0.113.10" : "203.0.113.\(n)",
                    addressPrefixes: ["192.168.0.0/16"]))
            design.connections.append(
                GatewayConnection(
                    name: "cn-hub\(n)", virtualNetworkGateway1: "vgw-hub\(n)", localNetworkGateway2: "lng-hub\(n)"))
        }
        design.virtualNetworks += [F.vnet("vnet-spoke1", spoke1), F.vnet("vnet-spoke2", spoke2)]
        F.peer(&design, "vnet-spoke1", "vnet-hub1", useRemoteGateways: true)
        F.peer(&design, "vnet-spoke2", "vnet-hub2", useRemoteGateways: true)
        return design
    }

    @Test func firesForSpokesReachingTheSameSiteThroughTwoGateways() throws {
        let findings = F.run(OverlapBehindSharedTransit(), twoGatewayHubs(spoke1: "10.1.0.0/16", spoke2: "10.1.0.0/16"))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .warning)
        #expect(finding.resources == ["vnet-spoke2", "vnet-spoke1"])
        #expect(
            finding.message.contains(
                "through the on-premises site lng-hub1 (vnet-spoke2 via vgw-hub2, vnet-spoke1 via vgw-hub1)"))
        #expect(finding.message.contains("the site receives the shared range from both"))
    }

    @Test func silentForDifferentSitesOrDisjointSpokes() {
        #expect(
            F.run(
                OverlapBehindSharedTransit(),
                twoGatewayHubs(spoke1: "10.1.0.0/16", spoke2: "10.1.0.0/16", sameDevice: false)
            )
            .isEmpty)
        #expect(
            F.run(OverlapBehindSharedTransit(), twoGatewayHubs(spoke1: "10.1.0.0/16", spoke2: "10.2.0.0/16")).isEmpty)
    }
}
