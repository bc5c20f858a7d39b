import Testing

@testable import HubSpokeCore

@Suite struct SecurityGroupRegionTests {
    typealias F = SecurityGroupRuleFixtures

    @Test func firesForASubnetInAnotherRegion() throws {
        let design = F.design(
            [F.rule()], nsgPlacement: Placement(location: "westeurope"),
            vnetPlacement: Placement(location: "North Europe"))
        let finding = try #require(F.run(SecurityGroupRegion(), on: design).first)
        #expect(finding.rule == "NSG-014")
        #expect(finding.severity == .error)
        #expect(finding.resources == [F.subnetPath, F.nsgName])
        #expect(finding.field == "networkSecurityGroup")
        #expect(finding.message.contains("is in North Europe but its NSG nsg-test is in westeurope"))
    }

    @Test func firesForANICInAnotherRegion() throws {
        var design = F.design([F.rule()], attached: false, nsgPlacement: Placement(location: "westeurope"))
        design.networkInterfaces = [
            NetworkInterface(
                name: "nic-1", placement: Placement(location: "eastus"), networkSecurityGroup: F.nsgName,
                ipConfigurations: [NetworkInterfaceIPConfiguration(subnet: F.subnetPath)])
        ]
        let finding = try #require(F.run(SecurityGroupRegion(), on: design).first)
        #expect(finding.resources == ["nic-1", F.nsgName])
    }

    @Test(arguments: [
        (Placement(location: "westeurope"), Placement(location: "West Europe")),
        (Placement(), Placement()),
        (Placement(location: "westeurope"), Placement()),
    ])
    func quietForTheSameOrAnUncomparableRegion(_ nsg: Placement, _ vnet: Placement) {
        #expect(F.run(SecurityGroupRegion(), on: F.design([F.rule()], nsgPlacement: nsg, vnetPlacement: vnet)).isEmpty)
    }
}
