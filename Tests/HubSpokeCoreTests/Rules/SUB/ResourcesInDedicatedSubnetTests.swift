import Testing

@testable import HubSpokeCore

struct ResourcesInDedicatedSubnetTests {
    typealias F = SubnetRuleFixtures

    @Test(arguments: ["GatewaySubnet", "AzureFirewallSubnet", "AzureBastionSubnet"])
    func firesForVMNICInDedicatedSubnet(name: String) {
        var d = F.design(F.subnet(name, "10.0.0.0/26"))
        d.networkInterfaces = [F.nic("nic-vm", subnet: "vnet-a/subnets/\(name)")]
        d.virtualMachines = [VirtualMachine(name: "vm1", networkInterfaces: ["nic-vm"])]
        let findings = F.run(ResourcesInDedicatedSubnet(), d)
        #expect(findings.count == 1)
        #expect(findings[0].rule == "SUB-014" && findings[0].severity == .warning)
        #expect(findings[0].resources == ["nic-vm", "vnet-a/subnets/\(name)", "vm1"])
        #expect(findings[0].message.contains("NIC nic-vm of vm1"))
        #expect(findings[0].message.contains("dedicated to"))
    }

    @Test func firesForLoadBalancerFrontend() {
        var d = F.design(F.subnet("AzureFirewallSubnet", "10.0.0.0/26"))
        d.loadBalancers = [
            LoadBalancer(
                name: "lb",
                frontendIPConfigurations: [
                    LoadBalancerFrontend(name: "fe", subnet: "vnet-a/subnets/AzureFirewallSubnet")
                ])
        ]
        #expect(F.run(ResourcesInDedicatedSubnet(), d).map { $0.resources[0] } == ["lb"])
    }

    @Test func workloadSubnetPasses() {
        var d = F.design(F.subnet("snet-app", "10.0.0.0/26"))
        d.networkInterfaces = [F.nic("nic-vm", subnet: "vnet-a/subnets/snet-app")]
        #expect(F.run(ResourcesInDedicatedSubnet(), d).isEmpty)
    }
}
