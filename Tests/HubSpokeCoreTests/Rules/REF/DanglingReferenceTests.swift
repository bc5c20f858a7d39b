import Testing

@testable import HubSpokeCore

@Suite struct DanglingReferenceTests {
    typealias F = ReferenceRuleFixtures

    @Test func silentWhenEverythingResolves() {
        #expect(F.run(DanglingReference(), F.workload()).isEmpty)
    }

    @Test func firesOnEachDanglingReference() {
        var design = F.workload()
        design.virtualNetworks[0].subnets[0].networkSecurityGroup = "nsg-gone"
        design.virtualNetworks[0].subnets[0].routeTable = "rt-gone"
        design.networkInterfaces[0].ipConfigurations[0].subnet = "vnet-app/subnets/snet-gone"
        design.networkInterfaces[0].ipConfigurations[0].publicIPAddress = "pip-gone"
        design.networkInterfaces[0].ipConfigurations[0].applicationSecurityGroups = ["asg-gone"]
        design.networkInterfaces[0].networkSecurityGroup = "nsg-nic-gone"
        design.virtualMachines[0].networkInterfaces = ["nic-gone"]
        design.connections[0].virtualNetworkGateway1 = "vgw-gone"
        design.connections[0].localNetworkGateway2 = "lng-gone"
        design.virtualNetworkGateways[0].publicIPAddress = "pip-vgw-gone"
        let findings = F.run(DanglingReference(), design)
        #expect(findings.allSatisfy { $0.rule == "REF-006" && $0.severity == .error })
        let byField = Set(findings.map { "\($0.resources[0])#\($0.field ?? "")" })
        #expect(
            byField == [
                "vnet-app/subnets/snet-app#networkSecurityGroup", "vnet-app/subnets/snet-app#routeTable",
                "nic-app#subnet", "nic-app#publicIPAddress", "nic-app#applicationSecurityGroups",
                "nic-app#networkSecurityGroup", "vm-app#networkInterfaces", "cn-site#virtualNetworkGateway1",
                "cn-site#localNetworkGateway2", "vgw-app#publicIPAddress",
            ])
        let subnet = findings.first { $0.field == "subnet" }
        #expect(subnet?.message.contains("vnet-app has no subnet snet-gone") == true)
        let nsg = findings.first { $0.field == "networkSecurityGroup" && $0.resources[0] == "nic-app" }
        #expect(nsg?.message.contains("the design has no network security group of that name") == true)
    }

    @Test func firewallPolicyAndASGInRules() {
        var design = F.workload()
        design.virtualNetworks[0].subnets.append(Subnet(name: "AzureFirewallSubnet", addressPrefixes: ["10.1.2.0/26"]))
        design.azureFirewalls = [
            AzureFirewall(name: "afw", subnet: "vnet-app/subnets/AzureFirewallSubnet", firewallPolicy: "afwp-gone")
        ]
        design.networkSecurityGroups[0].securityRules = [
            SecurityRule(
                name: "web", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp",
                sourceAddressPrefix: "*", destinationApplicationSecurityGroups: ["asg-web", "asg-db"])
        ]
        let findings = F.run(DanglingReference(), design)
        #expect(findings.map { $0.resources[0] } == ["afw", "nsg-app/securityRules/web"])
        #expect(findings.map(\.field) == ["firewallPolicy", "destinationApplicationSecurityGroups"])
    }

    @Test func aMissingDedicatedSubnetIsLeftToThePlacementRules() {
        // vnet-app has no AzureBastionSubnet: SUB-018 says so; a typo'd subnet or a missing VNet is REF-006's.
        var design = F.workload()
        design.bastionHosts = [BastionHost(name: "bas", subnet: "vnet-app/subnets/AzureBastionSubnet")]
        #expect(F.run(DanglingReference(), design).isEmpty)
        design.bastionHosts = [BastionHost(name: "bas", subnet: "vnet-app/subnets/AzureBastion")]
        #expect(F.run(DanglingReference(), design).count == 1)
        design.bastionHosts = [BastionHost(name: "bas", subnet: "vnet-gone/subnets/AzureBastionSubnet")]
        let findings = F.run(DanglingReference(), design)
        #expect(findings.first?.message.contains("the design has no virtual network vnet-gone") == true)
    }

    @Test func externalIDsAndSubnetsOfExistingVNetsAreTakenOnTrust() {
        var design = F.workload()
        design.virtualNetworks.append(VirtualNetwork(name: "vnet-shared", isExisting: true))
        design.networkInterfaces[0].ipConfigurations[0].subnet = "vnet-shared/subnets/snet-anything"
        design.networkInterfaces[0].ipConfigurations[0].publicIPAddress =
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip-elsewhere"
        design.virtualNetworks[0].subnets[0].networkSecurityGroup =
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg-elsewhere"
        #expect(F.run(DanglingReference(), design).isEmpty)
    }

    @Test func aSubnetIDIntoADesignVNetMustResolve() {
        var design = F.workload()
        design.networkInterfaces[0].ipConfigurations[0].subnet =
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-app/subnets/snet-gone"
        #expect(F.run(DanglingReference(), design).count == 1)
    }

    @Test func aPeeringRemoteIsLeftToPEER001() {
        var design = F.workload()
        design.virtualNetworks[0].virtualNetworkPeerings = [
            VirtualNetworkPeering(name: "app-to-gone", remoteVirtualNetwork: "vnet-gone")
        ]
        #expect(F.run(DanglingReference(), design).isEmpty)
    }

    @Test func droppedWhenTheReferenceIsUnknown() {
        var design = F.workload()
        design.virtualNetworks[0].subnets[0].networkSecurityGroup = "nsgName"
        let unknowns = UnknownValues([
            .init(resource: "vnet-app/subnets/snet-app", field: "networkSecurityGroup", sourceText: "nsgName")
        ])
        #expect(F.run(DanglingReference(), design, unknowns: unknowns).isEmpty)
    }

    @Test func oneDanglingSubnetAmongManyResolvedOnes() throws {
        var design = F.workload()
        for i in 0..<50 {
            design.virtualNetworks[0].subnets.append(
                Subnet(name: "snet-\(i)", networkSecurityGroup: "nsg-app", routeTable: i == 37 ? "rt-typo" : "rt-app"))
        }
        let findings = F.run(DanglingReference(), design)
        #expect(findings.count == 1)
        #expect(try #require(findings.first).resources == ["vnet-app/subnets/snet-37"])
        #expect(try #require(findings.first).field == "routeTable")
    }
}
