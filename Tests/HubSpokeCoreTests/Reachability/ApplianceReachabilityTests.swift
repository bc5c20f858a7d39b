import HubSpokeCore
import Testing

/// Spoke to spoke through an NVA in the hub: IP forwarding (RT-011), next hops that own no
/// interface (RT-005) or sit outside the peering (RT-004), forwarded-traffic flags on the
/// receiving peering both ways (PEER-007), loops, and asymmetric return paths.
struct ApplianceReachabilityTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var change: @Sendable (inout Design) -> Void
        var reachable: Bool?
        var kind: ReachabilityDecision.Kind
        var resource: String
        var ruleContains: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "NVA with IP forwarding passes the packet", change: { _ in }, reachable: true, kind: .route,
            resource: "vnet-hub/virtualNetworkPeerings/hub-to-b", ruleContains: "VNetPeering"),
        Case(
            name: "NVA without IP forwarding drops it",
            change: { $0.networkInterfaces[0].enableIPForwarding = false }, reachable: false, kind: .appliance,
            resource: "nic-nva", ruleContains: "enableIPForwarding=false"),
        Case(
            name: "next hop that owns no interface",
            change: { $0.routeTables[0].routes[0].nextHopIpAddress = "10.0.1.99" }, reachable: false, kind: .route,
            resource: "rt-a/routes/to-b", ruleContains: "VirtualAppliance 10.0.1.99"),
        Case(
            name: "receiving spoke refuses forwarded traffic",
            change: { $0.virtualNetworks[2].virtualNetworkPeerings[0].allowForwardedTraffic = false },
            reachable: false, kind: .peering, resource: "vnet-b/virtualNetworkPeerings/b-to-hub",
            ruleContains: "allowForwardedTraffic=false"),
        Case(
            name: "sending spoke refuses the forwarded reply",
            change: { $0.virtualNetworks[1].virtualNetworkPeerings[0].allowForwardedTraffic = false },
            reachable: false, kind: .peering, resource: "vnet-a/virtualNetworkPeerings/a-to-hub",
            ruleContains: "allowForwardedTraffic=false"),
        Case(
            name: "hub-side forwarded flags do not matter",
            change: {
                $0.virtualNetworks[0].virtualNetworkPeerings[0].allowForwardedTraffic = false
                $0.virtualNetworks[0].virtualNetworkPeerings[1].allowForwardedTraffic = false
            }, reachable: true, kind: .route, resource: "vnet-hub/virtualNetworkPeerings/hub-to-b",
            ruleContains: "VNetPeering"),
        Case(
            name: "no return route: the reply hits 10.0.0.0/8 -> None",
            change: { $0.virtualNetworks[2].subnets[0].routeTable = nil }, reachable: false, kind: .route,
            resource: "vnet-b/subnets/snet-app", ruleContains: "10.0.0.0/8 -> None"),
        Case(
            name: "appliance in a VNet that is not a peer (RT-004)",
            change: { design in
                design.virtualNetworks.append(
                    VirtualNetwork(
                        name: "vnet-c", addressPrefixes: ["10.9.0.0/16"],
                        subnets: [Subnet(name: "snet-nva", addressPrefixes: ["10.9.1.0/24"])]))
                design.networkInterfaces.append(
                    NetworkInterface(
                        name: "nic-nva-c", enableIPForwarding: true,
                        ipConfigurations: [
                            NetworkInterfaceIPConfiguration(
                                subnet: "vnet-c/subnets/snet-nva", privateIPAllocationMethod: "Static",
                                privateIPAddress: "10.9.1.4")
                        ]))
                design.routeTables[0].routes[0].nextHopIpAddress = "10.9.1.4"
            }, reachable: false, kind: .route, resource: "rt-a/routes/to-b", ruleContains: "10.9.1.4"),
        Case(
            name: "NVA subnet routing back to the NVA loops",
            change: { design in
                design.virtualNetworks[0].subnets[0].routeTable = "rt-nva"
                design.routeTables.append(
                    RouteTable(
                        name: "rt-nva",
                        routes: [
                            Route(
                                name: "loop", addressPrefix: "10.2.0.0/16", nextHopType: "VirtualAppliance",
                                nextHopIpAddress: "10.0.1.4")
                        ]))
            }, reachable: false, kind: .route, resource: "vnet-hub/subnets/snet-nva", ruleContains: "routing loop"),
        Case(
            name: "NSG on the NVA NIC denies the spoke",
            change: { design in
                design.networkInterfaces[0].networkSecurityGroup = "nsg-nva"
                design.networkSecurityGroups.append(
                    NetworkSecurityGroup(
                        name: "nsg-nva",
                        securityRules: [
                            SecurityRule(
                                name: "deny-spoke-a", priority: 100, direction: "Inbound", access: "Deny",
                                protocol: "*", sourceAddressPrefix: "10.1.0.0/16", sourcePortRange: "*",
                                destinationAddressPrefix: "*", destinationPortRange: "*")
                        ]))
            }, reachable: false, kind: .nsg, resource: "nsg-nva", ruleContains: "deny-spoke-a (100)"),
    ]

    @Test(arguments: cases)
    func spokeToSpokeThroughTheNVA(_ c: Case) throws {
        let design = ApplianceDesign.make(c.change)
        let result = try ReachabilityAnalyzer(design: design).analyze(
            ReachabilityQuery(source: "vm-a", destination: "vm-b", port: 22))
        #expect(result.reachable == c.reachable)
        #expect(result.decidedBy.kind == c.kind)
        #expect(result.decidedBy.resource == c.resource)
        #expect(result.decidedBy.rule.contains(c.ruleContains))
    }

    @Test func pathShowsTheApplianceBetweenTwoPeerings() throws {
        let result = try ReachabilityAnalyzer(design: ApplianceDesign.make()).analyze(
            ReachabilityQuery(source: "vm-a", destination: "vm-b", port: 22))
        #expect(
            result.hops.map(\.kind) == [
                .source, .route, .peering, .appliance, .route, .peering, .destination, .return,
            ])
        #expect(result.hops[3].resource == "nic-nva")
        #expect(result.hops.last?.detail == "the reply returns through nic-nva")
    }

    @Test func directReplyPastTheNVAIsAsymmetric() throws {
        let design = ApplianceDesign.make { design in
            design.virtualNetworks[1].virtualNetworkPeerings.append(
                VirtualNetworkPeering(name: "a-to-b", remoteVirtualNetwork: "vnet-b"))
            design.virtualNetworks[2].virtualNetworkPeerings.append(
                VirtualNetworkPeering(name: "b-to-a", remoteVirtualNetwork: "vnet-a"))
            design.virtualNetworks[2].subnets[0].routeTable = nil
        }
        let result = try ReachabilityAnalyzer(design: design).analyze(
            ReachabilityQuery(source: "vm-a", destination: "vm-b", port: 22))
        #expect(result.reachable == true)
        let last = try #require(result.hops.last)
        #expect(last.kind == .return)
        #expect(last.detail.hasPrefix("asymmetric, likely dropped"))
        #expect(last.detail.contains("nic-nva"))
        #expect(result.notes.contains { $0.hasPrefix("asymmetric") })
    }

    @Test func staticAndDynamicAddressesShareASubnet() throws {
        let design = ApplianceDesign.make { design in
            design.networkInterfaces.insert(
                NetworkInterface(
                    name: "nic-a0",
                    ipConfigurations: [NetworkInterfaceIPConfiguration(subnet: "vnet-a/subnets/snet-app")]),
                at: 1)
            design.networkInterfaces.append(
                NetworkInterface(
                    name: "nic-a-static",
                    ipConfigurations: [
                        NetworkInterfaceIPConfiguration(
                            subnet: "vnet-a/subnets/snet-app", privateIPAllocationMethod: "Static",
                            privateIPAddress: "10.1.1.5")
                    ]))
        }
        let analyzer = ReachabilityAnalyzer(design: design)
        // nic-a0 takes .4, .5 is static, so nic-a (next in NIC order) gets .6.
        #expect(try analyzer.endpoint("nic-a0").address == IPAddress("10.1.1.4"))
        #expect(try analyzer.endpoint("vm-a").address == IPAddress("10.1.1.6"))
        #expect(try analyzer.endpoint("vm-a").addressNote?.contains("NIC order") == true)
        #expect(try analyzer.endpoint("nic-a-static").addressNote == nil)
        #expect(try analyzer.endpoint("10.1.1.6").resource == "vm-a")
    }
}
