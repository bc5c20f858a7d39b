import HubSpokeBicep
import HubSpokeCore
import HubSpokeTestSupport
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

extension SeedTutorialTests {
    /// The lines findings on the seed carry: the RDP rule (SEC-001) and the VMs' empty
    /// credentials (SEC-007).
    @Test func findingsPointAtTheirBicepLines() throws {
        let document = try Self.read()
        let rule = "nsg-prod-ae-wv-001/securityRules/default-allow-rdp"
        #expect(document.sourceMap.location(resource: rule)?.line == 114)
        #expect(document.sourceMap.location(resource: rule, field: "sourceAddressPrefix")?.line == 118)
        #expect(document.sourceMap.location(resource: rule, field: "destinationPortRange")?.line == 120)
        #expect(document.sourceMap.location(resource: "vmprodaewv001", field: "adminPassword")?.line == 86)
        #expect(document.sourceMap.location(resource: "vmprodasewv001", field: "adminPassword")?.line == 192)
        #expect(document.sourceMap.location(resource: "vmprodaewv001")?.line == 76)
        // The inline subnet, not the nested `existing` declaration that refers to it.
        #expect(document.sourceMap.location(resource: "vnet-prod-ae-wv-001/subnets/PrimarySubnet")?.line == 27)
        let findings = Validator().validate(document)
        let implemented = Set(RuleCatalog.descriptors.map(\.id))
        if implemented.contains("SEC-001") {
            let rdp = findings.first { $0.rule == "SEC-001" }
            #expect(rdp?.resources.first == rule)
            #expect((114...121).contains(rdp?.location?.line ?? 0))
        }
        if implemented.contains("SEC-007") {
            let lines = Set(findings.filter { $0.rule == "SEC-007" }.compactMap { $0.location?.line })
            #expect(lines.isSuperset(of: [86, 192]) || lines.isSuperset(of: [85, 191]), "SEC-007 lines: \(lines)")
        }
    }

    /// Export of the imported seed: one API version, secure password parameter, check-bicep clean.
    @Test func exportOfImportedSeedPassesCheckBicep() throws {
        let text = BicepWriter.write(try Self.read().design)
        #expect(!text.contains("@2021-05-01"))
        #expect(text.contains("@secure()\nparam adminPassword string\n"))
        let result = try CheckBicep.run([(name: "seed-export.bicep", text: text)])
        #expect(result.status == 0, "check-bicep:\n\(result.output)")
    }
}
