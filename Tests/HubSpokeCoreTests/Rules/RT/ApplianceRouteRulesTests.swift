import Testing

@testable import HubSpokeCore

/// Hub and two spokes plus an NVA NIC `nic-nva` at 10.0.2.4 in `vnet-hub/subnets/snet-nva`.
private func hubWithNVA(forwarding: Bool = true) -> Design {
    var design = PeeringFixtures.hub(spokes: 2)
    design[vnet: "vnet-hub"].subnets.append(Subnet(name: "snet-nva", addressPrefixes: ["10.0.2.0/24"]))
    design.networkInterfaces.append(
        NetworkInterface(
            name: "nic-nva", enableIPForwarding: forwarding,
            ipConfigurations: [
                NetworkInterfaceIPConfiguration(
                    subnet: "vnet-hub/subnets/snet-nva", privateIPAllocationMethod: "Static",
                    privateIPAddress: "10.0.2.4")
            ]))
    return design
}

@Suite struct ApplianceNotDirectlyReachableTests {
    @Test func firesWhenTheApplianceVNetIsNotPeered() throws {
        var design = PeeringFixtures.hub(spokes: 1)
        design.virtualNetworks.append(
            VirtualNetwork(
                name: "vnet-lonely", addressPrefixes: ["10.9.0.0/16"],
                subnets: [Subnet(name: "snet", addressPrefixes: ["10.9.1.0/24"])]))
        design.addRouteTable("rt", [.appliance("default", "0.0.0.0/0")], on: ["vnet-lonely/subnets/snet"])
        let f = try #require(PeeringFixtures.findings(ApplianceNotDirectlyReachable(), design).first)
        #expect(f.rule == "RT-004" && f.severity == .warning)
        #expect(f.resources == ["rt/routes/default", "vnet-lonely/subnets/snet", "afw-hub"])
        #expect(f.field == "nextHopIpAddress")
        #expect(f.message.contains("the Azure Firewall afw-hub in vnet-hub"))
    }

    @Test func nearMissPeeredSpokeDoesNotFire() {
        var design = PeeringFixtures.hub(spokes: 1)
        design.addRouteTable("rt", [.appliance("default", "0.0.0.0/0")], on: ["vnet-spoke1/subnets/snet-app"])
        #expect(PeeringFixtures.findings(ApplianceNotDirectlyReachable(), design).isEmpty)
    }
}

@Suite struct ApplianceAddressUnknownTests {
    @Test func firesForAnAddressBesideTheFirewall() throws {
        var design = PeeringFixtures.hub(spokes: 1)
        design.addRouteTable(
            "rt", [.appliance("default", "0.0.0.0/0", "10.0.1.5")], on: ["vnet-spoke1/subnets/snet-app"])
        let f = try #require(PeeringFixtures.findings(ApplianceAddressUnknown(), design).first)
        #expect(f.rule == "RT-005" && f.severity == .warning)
        #expect(f.resources == ["rt/routes/default", "rt"])
        #expect(f.message.contains("lies in vnet-hub/subnets/AzureFirewallSubnet"))
        #expect(f.message.contains("afw-hub in vnet-hub has 10.0.1.4"))
    }

    @Test func firesForAnAddressOutsideEveryVNet() throws {
        var design = PeeringFixtures.hub(spokes: 1)
        design.addRouteTable(
            "rt", [.appliance("default", "0.0.0.0/0", "172.16.0.4")], on: ["vnet-spoke1/subnets/snet-app"])
        let f = try #require(PeeringFixtures.findings(ApplianceAddressUnknown(), design).first)
        #expect(f.message.contains("outside every VNet"))
    }

    @Test func nearMissFirewallFirstUsableAddressDoesNotFire() {
        var design = PeeringFixtures.hub(spokes: 1)
        design.addRouteTable("rt", [.appliance("default", "0.0.0.0/0")], on: ["vnet-spoke1/subnets/snet-app"])
        #expect(PeeringFixtures.findings(ApplianceAddressUnknown(), design).isEmpty)
    }

    @Test func nearMissStaticNICOrDynamicNICSubnetDoesNotFire() {
        var design = hubWithNVA()
        design.addRouteTable("rt", [.appliance("a", "10.2.0.0/16", "10.0.2.4")], on: ["vnet-spoke1/subnets/snet-app"])
        #expect(PeeringFixtures.findings(ApplianceAddressUnknown(), design).isEmpty)
        design.networkInterfaces[0].ipConfigurations[0].privateIPAllocationMethod = "Dynamic"
        design.routeTables[0].routes[0].nextHopIpAddress = "10.0.2.5"
        #expect(PeeringFixtures.findings(ApplianceAddressUnknown(), design).isEmpty)
    }
}

@Suite struct GatewayRouteWithoutVPNGatewayTests {
    static func design(gatewayType: String?) -> Design {
        var design = PeeringFixtures.hub(spokes: 1, gateway: gatewayType != nil)
        if let gatewayType { design.virtualNetworkGateways[0].gatewayType = gatewayType }
        design.addRouteTable(
            "rt", [Route(name: "onprem", addressPrefix: "192.168.0.0/16", nextHopType: "VirtualNetworkGateway")],
            on: ["vnet-spoke1/subnets/snet-app"])
        return design
    }

    @Test func firesWhenOnlyAnExpressRouteGatewayIsUsed() throws {
        let f = try #require(
            PeeringFixtures.findings(GatewayRouteWithoutVPNGateway(), Self.design(gatewayType: "ExpressRoute")).first)
        #expect(f.rule == "RT-006" && f.severity == .error)
        #expect(f.resources == ["rt/routes/onprem", "vnet-spoke1/subnets/snet-app"])
        #expect(f.field == "nextHopType")
        #expect(f.message.contains("cannot be a UDR next hop"))
    }

    @Test func firesWithoutAnyGateway() throws {
        let f = try #require(
            PeeringFixtures.findings(GatewayRouteWithoutVPNGateway(), Self.design(gatewayType: nil)).first)
        #expect(f.message.contains("has no virtual network gateway"))
    }

    @Test func nearMissVPNGatewayThroughTransitDoesNotFire() {
        #expect(PeeringFixtures.findings(GatewayRouteWithoutVPNGateway(), Self.design(gatewayType: "Vpn")).isEmpty)
    }
}

@Suite struct DefaultRouteBreaksPublicInboundTests {
    static func design(publicIP: String?) -> Design {
        var design = PeeringFixtures.hub(spokes: 1)
        design.addRouteTable("rt", [.appliance("default", "0.0.0.0/0")], on: ["vnet-spoke1/subnets/snet-app"])
        design.networkInterfaces.append(
            NetworkInterface(
                name: "nic-web",
                ipConfigurations: [
                    NetworkInterfaceIPConfiguration(subnet: "vnet-spoke1/subnets/snet-app", publicIPAddress: publicIP)
                ]))
        return design
    }

    @Test func firesForAPublicIPBehindADefaultRoute() throws {
        let f = try #require(
            PeeringFixtures.findings(DefaultRouteBreaksPublicInbound(), Self.design(publicIP: "pip-web")).first)
        #expect(f.rule == "RT-010" && f.severity == .info)
        #expect(f.resources == ["vnet-spoke1/subnets/snet-app", "rt/routes/default"])
        #expect(f.message.contains("nic-web (pip-web) has a public IP"))
    }

    @Test func nearMissNoPublicIPDoesNotFire() {
        #expect(PeeringFixtures.findings(DefaultRouteBreaksPublicInbound(), Self.design(publicIP: nil)).isEmpty)
    }
}

@Suite struct ApplianceNICWithoutIPForwardingTests {
    @Test func firesOnTheNICTheRoutePointsAt() throws {
        var design = hubWithNVA(forwarding: false)
        design.addRouteTable(
            "rt", [.appliance("to-spoke2", "10.2.0.0/16", "10.0.2.4")], on: ["vnet-spoke1/subnets/snet-app"])
        let f = try #require(PeeringFixtures.findings(ApplianceNICWithoutIPForwarding(), design).first)
        #expect(f.rule == "RT-011" && f.severity == .error)
        #expect(f.resources == ["nic-nva", "rt/routes/to-spoke2"])
        #expect(f.field == "enableIPForwarding")
        #expect(f.message.contains("enableIPForwarding is false"))
    }

    @Test func nearMissForwardingOnOrFirewallNextHopDoesNotFire() {
        var design = hubWithNVA(forwarding: true)
        design.addRouteTable(
            "rt", [.appliance("to-spoke2", "10.2.0.0/16", "10.0.2.4")], on: ["vnet-spoke1/subnets/snet-app"])
        #expect(PeeringFixtures.findings(ApplianceNICWithoutIPForwarding(), design).isEmpty)
        var firewall = hubWithNVA(forwarding: false)
        firewall.addRouteTable("rt", [.appliance("default", "0.0.0.0/0")], on: ["vnet-spoke1/subnets/snet-app"])
        #expect(PeeringFixtures.findings(ApplianceNICWithoutIPForwarding(), firewall).isEmpty)
    }
}

@Suite struct ApplianceRoutedFromOwnSubnetTests {
    @Test func firesWhenTheNVASubnetRoutesToTheNVA() throws {
        var design = hubWithNVA()
        design.addRouteTable(
            "rt-hub", [.appliance("to-spoke2", "10.2.0.0/16", "10.0.2.4")], on: ["vnet-hub/subnets/snet-nva"])
        let f = try #require(PeeringFixtures.findings(ApplianceRoutedFromOwnSubnet(), design).first)
        #expect(f.rule == "RT-012" && f.severity == .warning)
        #expect(f.resources == ["vnet-hub/subnets/snet-nva", "rt-hub/routes/to-spoke2", "nic-nva"])
        #expect(f.message.contains("loops"))
    }

    @Test func nearMissRouteTableOnlyOnSpokesDoesNotFire() {
        var design = hubWithNVA()
        design.addRouteTable(
            "rt", [.appliance("to-spoke2", "10.2.0.0/16", "10.0.2.4")], on: ["vnet-spoke1/subnets/snet-app"])
        #expect(PeeringFixtures.findings(ApplianceRoutedFromOwnSubnet(), design).isEmpty)
    }
}

@Suite struct BroadRouteDoesNotOverridePeeringTests {
    @Test func reportsAPeerThatABroadRouteDoesNotCapture() throws {
        var design = PeeringFixtures.hub(spokes: 1)
        design.addRouteTable("rt", [.appliance("private", "10.0.0.0/8")], on: ["vnet-spoke1/subnets/snet-app"])
        let f = try #require(PeeringFixtures.findings(BroadRouteDoesNotOverridePeering(), design).first)
        #expect(f.rule == "RT-014" && f.severity == .info)
        #expect(f.resources == ["rt/routes/private", "rt"])
        #expect(f.message.contains("vnet-hub (10.0.0.0/16)"))
    }

    @Test func nearMissExplicitPeerRouteOrDefaultRouteDoesNotFire() {
        var explicit = PeeringFixtures.hub(spokes: 1)
        explicit.addRouteTable(
            "rt", [.appliance("private", "10.0.0.0/8"), .appliance("hub", "10.0.0.0/16")],
            on: ["vnet-spoke1/subnets/snet-app"])
        #expect(PeeringFixtures.findings(BroadRouteDoesNotOverridePeering(), explicit).isEmpty)
        var egress = PeeringFixtures.hub(spokes: 1)
        egress.addRouteTable("rt", [.appliance("default", "0.0.0.0/0")], on: ["vnet-spoke1/subnets/snet-app"])
        #expect(PeeringFixtures.findings(BroadRouteDoesNotOverridePeering(), egress).isEmpty)
    }
}

@Suite struct AsymmetricSpokeRoutingTests {
    /// spoke1 and spoke2 peered directly as well as through the hub.
    static func meshed() -> Design {
        var design = PeeringFixtures.hub(spokes: 2)
        design[vnet: "vnet-spoke1"].virtualNetworkPeerings.append(
            VirtualNetworkPeering(name: "s1-to-s2", remoteVirtualNetwork: "vnet-spoke2"))
        design[vnet: "vnet-spoke2"].virtualNetworkPeerings.append(
            VirtualNetworkPeering(name: "s2-to-s1", remoteVirtualNetwork: "vnet-spoke1"))
        design.addRouteTable(
            "rt-spoke1", [.appliance("to-spoke2", "10.2.0.0/16")], on: ["vnet-spoke1/subnets/snet-app"])
        return design
    }

    @Test func firesWhenTheReplyTakesTheDirectPeering() throws {
        let f = try #require(PeeringFixtures.findings(AsymmetricSpokeRouting(), Self.meshed()).first)
        #expect(f.rule == "RT-015" && f.severity == .warning)
        #expect(
            f.resources == [
                "vnet-spoke2/subnets/snet-app", "rt-spoke1/routes/to-spoke2", "vnet-spoke1/subnets/snet-app",
            ])
        #expect(f.field == "routeTable")
        #expect(f.message.contains("over the direct peering with vnet-spoke1"))
    }

    @Test func nearMissMatchingReturnRouteDoesNotFire() {
        var design = Self.meshed()
        design.addRouteTable(
            "rt-spoke2", [.appliance("to-spoke1", "10.1.0.0/16")], on: ["vnet-spoke2/subnets/snet-app"])
        #expect(PeeringFixtures.findings(AsymmetricSpokeRouting(), design).isEmpty)
    }

    @Test func firesWhenSpokesOfOneHubUseDifferentAppliances() throws {
        var design = hubWithNVA()
        design.addRouteTable("rt-spoke1", [.appliance("default", "0.0.0.0/0")], on: ["vnet-spoke1/subnets/snet-app"])
        design.addRouteTable(
            "rt-spoke2", [.appliance("default", "0.0.0.0/0", "10.0.2.4")], on: ["vnet-spoke2/subnets/snet-app"])
        let findings = PeeringFixtures.findings(AsymmetricSpokeRouting(), design)
        #expect(findings.count == 2)
        #expect(findings.first?.message.contains("through the appliance 10.0.2.4") == true)
    }

    @Test func nearMissOneApplianceForAllSpokesDoesNotFire() {
        var design = hubWithNVA()
        design.addRouteTable(
            "rt-spokes", [.appliance("default", "0.0.0.0/0")],
            on: ["vnet-spoke1/subnets/snet-app", "vnet-spoke2/subnets/snet-app"])
        #expect(PeeringFixtures.findings(AsymmetricSpokeRouting(), design).isEmpty)
    }
}
