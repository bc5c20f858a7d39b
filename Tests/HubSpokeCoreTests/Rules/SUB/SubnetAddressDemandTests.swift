import Testing

@testable import HubSpokeCore

struct SubnetAddressDemandTests {
    typealias F = SubnetRuleFixtures

    private func design(nics: Int, prefix: String = "10.0.1.0/29") -> Design {
        var d = F.design(F.subnet("snet-app", prefix))
        d.networkInterfaces = (0..<nics).map { F.nic("nic-\($0)", subnet: "vnet-a/subnets/snet-app") }
        return d
    }

    @Test func firesWhenNICsOutnumberUsableAddresses() {
        let findings = F.run(SubnetAddressDemand(), design(nics: 4))
        #expect(findings.count == 1)
        let f = findings[0]
        #expect(f.rule == "SUB-008" && f.severity == .warning)
        #expect(f.resources == ["vnet-a/subnets/snet-app"])
        #expect(f.message.contains("3 usable addresses but 4 are needed"))
        #expect(f.message.contains("/28 (11 usable)"))
    }

    @Test func exactlyFullSubnetPasses() {
        #expect(F.run(SubnetAddressDemand(), design(nics: 3)).isEmpty)
    }

    @Test func coexistingGatewaysNeedMoreThanASlash29() {
        var d = F.design(F.subnet("GatewaySubnet", "10.0.0.0/29"))
        d.virtualNetworkGateways = [
            VirtualNetworkGateway(name: "vgw-vpn", subnet: "vnet-a/subnets/GatewaySubnet"),
            VirtualNetworkGateway(
                name: "vgw-er", gatewayType: "ExpressRoute", vpnType: nil, sku: "ErGw1AZ",
                subnet: "vnet-a/subnets/GatewaySubnet"),
        ]
        let findings = F.run(SubnetAddressDemand(), d)
        #expect(findings.first?.message.contains("4 for vgw-vpn, vgw-er") == true)
        d.virtualNetworkGateways.removeLast()
        #expect(F.run(SubnetAddressDemand(), d).isEmpty)
    }

    @Test func frontendsCount() {
        var d = design(nics: 2)
        d.loadBalancers = [
            LoadBalancer(
                name: "lb",
                frontendIPConfigurations: [
                    LoadBalancerFrontend(name: "fe1", subnet: "vnet-a/subnets/snet-app"),
                    LoadBalancerFrontend(name: "fe2", subnet: "vnet-a/subnets/snet-app"),
                ])
        ]
        #expect(F.run(SubnetAddressDemand(), d).first?.message.contains("2 load-balancer frontend(s)") == true)
    }
}
