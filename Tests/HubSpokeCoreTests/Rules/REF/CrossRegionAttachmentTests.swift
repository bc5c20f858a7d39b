import Testing

@testable import HubSpokeCore

@Suite struct CrossRegionAttachmentTests {
    typealias F = ReferenceRuleFixtures

    @Test func firesForNICVNetVMAndPublicIP() {
        var design = F.workload(region: "westeurope")
        design.networkInterfaces[0].placement.location = "northeurope"
        let findings = F.run(CrossRegionAttachment(), design)
        #expect(findings.allSatisfy { $0.rule == "REF-007" && $0.severity == .error && $0.field == "location" })
        #expect(
            Set(findings.map(\.resources)) == [
                ["nic-app", "vnet-app"], ["nic-app", "pip-app"], ["vm-app", "nic-app"],
            ])
        let vnet = findings.first { $0.resources == ["nic-app", "vnet-app"] }
        #expect(
            vnet?.message.contains(
                "nic-app is in northeurope but is placed in a subnet of vnet-app, which is in westeurope") == true)
    }

    @Test func firesForAGatewayOutsideItsVNetRegion() {
        var design = F.workload(region: "westeurope")
        design.virtualNetworkGateways[0].placement.location = "eastus"
        let findings = F.run(CrossRegionAttachment(), design)
        #expect(Set(findings.map(\.resources)) == [["vgw-app", "vnet-app"], ["vgw-app", "pip-vgw"]])
    }

    @Test func silentInOneRegionAndWhenRegionsCannotBeCompared() {
        #expect(F.run(CrossRegionAttachment(), F.workload(region: "westeurope")).isEmpty)
        #expect(F.run(CrossRegionAttachment(), F.workload()).isEmpty)
        var design = F.workload()
        design.networkInterfaces[0].placement.location = "northeurope"  // the rest: deployment default
        #expect(F.run(CrossRegionAttachment(), design).isEmpty)
    }

    @Test func regionNamesCompareLikeAzure() {
        var design = F.workload(region: "westeurope")
        design.networkInterfaces[0].placement.location = "West Europe"
        #expect(F.run(CrossRegionAttachment(), design).isEmpty)
    }
}
