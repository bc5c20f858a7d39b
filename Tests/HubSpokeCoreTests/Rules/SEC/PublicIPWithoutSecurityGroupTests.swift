import Testing

@testable import HubSpokeCore

@Suite struct PublicIPWithoutSecurityGroupTests {
    typealias P = SecurityPostureRuleFixtures

    @Test func firesForAStandardPublicIPWithNoNSG() throws {
        let findings = SecurityGroupRuleFixtures.run(PublicIPWithoutSecurityGroup(), on: P.vmDesign())
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == "SEC-004")
        #expect(finding.severity == .warning)
        #expect(finding.resources == ["nic-1", "vm-1", "pip-1", "vnet-a/subnets/snet-app"])
        #expect(finding.field == "networkSecurityGroup")
        #expect(finding.message.contains("cannot be reached through it"))
    }

    @Test func saysBasicPublicIPsAreOpen() throws {
        let design = P.vmDesign(
            publicIP: PublicIPAddress(name: "pip-1", sku: "Basic", publicIPAllocationMethod: "Dynamic"))
        let finding = try #require(SecurityGroupRuleFixtures.run(PublicIPWithoutSecurityGroup(), on: design).first)
        #expect(finding.message.contains("open to all inbound traffic"))
    }

    @Test(arguments: [
        P.vmDesign(nicNSG: "nsg-nic"), P.vmDesign(subnetNSG: "nsg-subnet"), P.vmDesign(publicIP: nil),
    ])
    func quietWithAnNSGOrWithoutAPublicIP(_ design: Design) {
        #expect(SecurityGroupRuleFixtures.run(PublicIPWithoutSecurityGroup(), on: design).isEmpty)
    }
}
