import HubSpokeBicep
import HubSpokeCore
import Testing

/// The seed tutorial is the first real Bicep file the product must read.
struct SeedTutorialTests {
    static func read() throws -> DesignDocument {
        let dir = try CorpusFile.materialize(["main.bicep": SeedTutorial.text])
        return try BicepReader.read(fileAt: dir.appendingPathComponent("main.bicep").path)
    }

    @Test func importsEveryResource() throws {
        let document = try Self.read()
        let design = document.design
        #expect(design.virtualNetworks.map(\.name) == ["vnet-prod-ae-wv-001", "vnet-prod-ae-wv-002"])
        #expect(design.virtualNetworks.map { $0.subnets.map(\.name) } == [["PrimarySubnet"], ["SecondarySubnet"]])
        #expect(design.virtualNetworks[0].subnets[0].addressPrefixes == ["10.30.10.0/24"])
        #expect(design.virtualNetworks[0].addressPrefixes == ["10.30.0.0/16"])
        #expect(
            design.virtualNetworks.map { $0.virtualNetworkPeerings.map(\.remoteVirtualNetwork) } == [
                ["vnet-prod-ae-wv-002"], ["vnet-prod-ae-wv-001"],
            ])
        #expect(design.virtualNetworks.allSatisfy { $0.placement.location == nil })
        #expect(design.networkSecurityGroups.map(\.name) == ["nsg-prod-ae-wv-001"])
        #expect(design.networkSecurityGroups.first?.securityRules.map(\.name) == ["default-allow-rdp"])
        #expect(design.publicIPAddresses.map(\.name) == ["pip-prod-ae-wv-001"])
        #expect(design.networkInterfaces.map(\.name) == ["nic-prod-ae-wv-001", "nic-prod-ae-wv-002"])
        #expect(
            design.networkInterfaces.map { $0.ipConfigurations.first?.subnet } == [
                "vnet-prod-ae-wv-001/subnets/PrimarySubnet", "vnet-prod-ae-wv-002/subnets/SecondarySubnet",
            ])
        #expect(design.networkInterfaces[0].networkSecurityGroup == "nsg-prod-ae-wv-001")
        #expect(design.networkInterfaces[0].ipConfigurations.first?.publicIPAddress == "pip-prod-ae-wv-001")
        #expect(design.virtualMachines.map(\.name) == ["vmprodaewv001", "vmprodasewv001"])
        #expect(design.virtualMachines.allSatisfy { $0.isWindows })
        #expect(design.virtualMachines.allSatisfy { $0.adminPassword == .literal("") })
        #expect(design.virtualMachines.allSatisfy { $0.adminUsername == .literal("") })
        #expect(design.virtualMachines.map(\.networkInterfaces) == [["nic-prod-ae-wv-001"], ["nic-prod-ae-wv-002"]])
        #expect(design.passthrough.isEmpty)
    }
}
