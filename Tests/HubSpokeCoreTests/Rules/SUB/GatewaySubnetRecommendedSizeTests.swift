import Testing

@testable import HubSpokeCore

struct GatewaySubnetRecommendedSizeTests {
    typealias F = SubnetRuleFixtures

    @Test(arguments: ["10.0.0.0/28", "10.0.0.0/29"])
    func firesBelowSlash27(prefix: String) {
        let findings = F.run(GatewaySubnetRecommendedSize(), F.design(F.subnet("GatewaySubnet", prefix)))
        #expect(findings.count == 1)
        #expect(findings[0].rule == "SUB-011" && findings[0].severity == .warning)
        #expect(findings[0].resources == ["vnet-a/subnets/GatewaySubnet"])
        #expect(findings[0].message.contains("smaller than /27"))
    }

    @Test func slash27PassesAndSlash30IsLeftToSUB010() {
        #expect(F.run(GatewaySubnetRecommendedSize(), F.design(F.subnet("GatewaySubnet", "10.0.0.0/27"))).isEmpty)
        #expect(F.run(GatewaySubnetRecommendedSize(), F.design(F.subnet("GatewaySubnet", "10.0.0.0/30"))).isEmpty)
    }

    @Test func dualStackIsMeasuredOnItsIPv4Part() {
        let design = F.design(
            F.subnet("GatewaySubnet", "10.0.0.0/28", "fd00:db8::/64"), prefixes: ["10.0.0.0/16", "fd00:db8::/48"])
        #expect(F.run(GatewaySubnetRecommendedSize(), design).map(\.rule) == ["SUB-011"])
    }

    @Test func sixteenExpressRouteCircuitsNeedSlash26() {
        var d = F.design(F.subnet("GatewaySubnet", "10.0.0.0/27"))
        d.virtualNetworkGateways = [
            VirtualNetworkGateway(
                name: "ergw", gatewayType: "ExpressRoute", vpnType: nil, sku: "ErGw3AZ",
                subnet: "vnet-a/subnets/GatewaySubnet")
        ]
        d.connections = (0..<16).map {
            GatewayConnection(name: "er-\($0)", connectionType: "ExpressRoute", virtualNetworkGateway1: "ergw")
        }
        let findings = F.run(GatewaySubnetRecommendedSize(), d)
        #expect(findings.first?.message.contains("16 circuits need a /26") == true)
        d.connections.removeLast()
        #expect(F.run(GatewaySubnetRecommendedSize(), d).isEmpty)
    }
}
