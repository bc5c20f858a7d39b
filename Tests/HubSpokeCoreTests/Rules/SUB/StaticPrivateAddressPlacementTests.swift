import Testing

@testable import HubSpokeCore

struct StaticPrivateAddressPlacementTests {
    typealias F = SubnetRuleFixtures

    private func design(nicIP: String) -> Design {
        var d = F.design(F.subnet("snet-app", "10.0.1.0/24"))
        d.networkInterfaces = [F.nic("nic-app", subnet: "vnet-a/subnets/snet-app", staticIP: nicIP)]
        return d
    }

    @Test(arguments: [
        ("10.0.1.0", "network address"), ("10.0.1.1", "reserved by Azure"), ("10.0.1.3", "reserved by Azure"),
        ("10.0.1.255", "broadcast address"), ("10.0.2.4", "outside its subnet"), ("10.0.1.300", "not an IP address"),
    ])
    func firesOnBadStaticAddress(address: String, phrase: String) {
        let findings = F.run(StaticPrivateAddressPlacement(), design(nicIP: address))
        #expect(findings.count == 1)
        #expect(findings.first?.rule == "SUB-006")
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.resources == ["nic-app", "vnet-a/subnets/snet-app"])
        #expect(findings.first?.field == "privateIPAddress")
        #expect(findings.first?.message.contains(phrase) == true)
    }

    @Test(arguments: ["10.0.1.4", "10.0.1.254"])
    func firstAndLastUsableAddressesPass(address: String) {
        #expect(F.run(StaticPrivateAddressPlacement(), design(nicIP: address)).isEmpty)
    }

    @Test func dynamicAddressIsNotChecked() {
        var d = design(nicIP: "10.0.1.1")
        d.networkInterfaces[0].ipConfigurations[0].privateIPAllocationMethod = "Dynamic"
        #expect(F.run(StaticPrivateAddressPlacement(), d).isEmpty)
    }

    @Test func loadBalancerFrontendAndFirewallAreChecked() {
        var d = F.design(F.subnet("snet-lb", "10.0.2.0/24"), F.subnet("AzureFirewallSubnet", "10.0.3.0/26"))
        d.loadBalancers = [
            LoadBalancer(
                name: "lb-nva",
                frontendIPConfigurations: [
                    LoadBalancerFrontend(name: "fe", subnet: "vnet-a/subnets/snet-lb", privateIPAddress: "10.0.2.2")
                ])
        ]
        d.azureFirewalls = [
            AzureFirewall(name: "afw", subnet: "vnet-a/subnets/AzureFirewallSubnet", privateIPAddress: "10.0.3.64")
        ]
        let findings = F.run(StaticPrivateAddressPlacement(), d)
        #expect(findings.map { $0.resources[0] } == ["afw", "lb-nva"])
    }

    @Test func routeNextHopsAreNotPlacedAddresses() {
        var d = F.design(F.subnet("snet-app", "10.0.1.0/24", routeTable: "rt"))
        d.routeTables = [
            RouteTable(
                name: "rt",
                routes: [
                    Route(
                        name: "r", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance",
                        nextHopIpAddress: "10.0.1.1")
                ])
        ]
        #expect(F.run(StaticPrivateAddressPlacement(), d).isEmpty)
    }
}
