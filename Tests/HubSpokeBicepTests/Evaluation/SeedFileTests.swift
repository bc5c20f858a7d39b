import HubSpokeBicep
import Testing

@Suite("Seed files")
struct SeedFileTests {
    @Test func tutorialEvaluatesVNetsSubnetsAndReferences() throws {
        let template = try FixtureFiles.evaluate("tutorial-main.bicep")
        let vnets = template.resources(ofType: "Microsoft.Network/virtualNetworks")
        #expect(vnets.map(\.name) == [.string("vnet-prod-ae-wv-001"), .string("vnet-prod-ae-wv-002")])
        #expect(vnets[0]["properties.addressSpace.addressPrefixes[0]"] == .string("10.30.0.0/16"))
        #expect(vnets[0]["location"] == .deploymentLocation)
        #expect(vnets[0]["properties.subnets[0].properties.addressPrefix"] == .string("10.30.10.0/24"))

        let nic = try #require(template.resources.first { $0.symbolicName == "primaryNic" })
        let subnetId = try #require(nic["properties.ipConfigurations[0].properties.subnet.id"]?.resourceIdValue)
        #expect(subnetId.fullType == "Microsoft.Network/virtualNetworks/subnets")
        #expect(subnetId.names == [.string("vnet-prod-ae-wv-001"), .string("PrimarySubnet")])
        #expect(
            nic["properties.networkSecurityGroup.id"]
                == .resourceId(
                    BicepResourceId(
                        fullType: "Microsoft.Network/networkSecurityGroups", names: [.string("nsg-prod-ae-wv-001")])))

        let existingSubnet = try #require(template.resources.first { $0.symbolicName == "primaryVnet::primarySubnet" })
        #expect(existingSubnet.isExisting)
        #expect(existingSubnet.type == "Microsoft.Network/virtualNetworks/subnets")
        #expect(existingSubnet.apiVersion == "2024-05-01")
        #expect(existingSubnet.name == .string("vnet-prod-ae-wv-001/PrimarySubnet"))
        #expect(existingSubnet.id == subnetId)

        let peering = try #require(template.resources.first { $0.symbolicName == "peerToSecondary" })
        #expect(peering.name == .string("vnet-prod-ae-wv-001/peer-to-secondary"))
        #expect(peering.parent == BicepResourceReference(symbolicName: "primaryVnet"))
        #expect(peering.dependsOn == [BicepResourceReference(symbolicName: "primaryVM")])
        #expect(
            peering["properties.remoteVirtualNetwork.id"]?.resourceIdValue?.names == [.string("vnet-prod-ae-wv-002")])

        let vm = try #require(template.resources.first { $0.symbolicName == "primaryVM" })
        #expect(vm["properties.osProfile.adminPassword"] == .string(""))
        let origin = try #require(vm.origin(of: "properties.osProfile.adminPassword"))
        #expect(origin.isLiteral)
        #expect(
            origin
                == .variable(name: "adminPassword", file: FixtureFiles.path("tutorial-main.bicep"), definedBy: .literal)
        )
        let location = vm.location(of: "properties.osProfile.adminPassword")
        #expect(location.line == 86)
        #expect(location.column == 11)

        let nsg = try #require(template.resources.first { $0.symbolicName == "nsg" })
        #expect(nsg.location(of: "properties.securityRules[0].properties.sourceAddressPrefix").line == 118)
        #expect(nsg["properties.securityRules[0].properties.destinationPortRange"] == .string("3389"))
        #expect(template.notes.isEmpty)
        #expect(template.resources.count == 12)
    }

    @Test func richFileEvaluatesLoopsConditionsAndNotesTheMissingModule() throws {
        let template = try FixtureFiles.evaluate("good-rich.bicep")
        #expect(template.targetScope == "resourceGroup")
        #expect(template.resource(BicepResourceReference(symbolicName: "pip")) == nil)
        #expect(template.resource(BicepResourceReference(symbolicName: "bastion")) == nil)
        let nsg = try #require(template.resource(BicepResourceReference(symbolicName: "nsg")))
        let rules = try #require(nsg["properties.securityRules"]?.arrayValue)
        #expect(rules.count == 2)
        #expect(rules[1]["name"] == .string("allow-443"))
        #expect(rules[1]["properties"]?["priority"] == .int(101))
        #expect(rules[1]["properties"]?["destinationPortRanges"] == .array([.string("443")]))
        let rule = try #require(template.resource(BicepResourceReference(symbolicName: "nsg::rule")))
        #expect(rule.name == .string("nsg/deny-all"))
        #expect(template.output(named: "ruleId")?.value.resourceIdValue == rule.id)
        #expect(template.output(named: "names")?.value == .array([.string("a")]))
        #expect(template.output(named: "filteredCount")?.value == .int(1))
        let vnet = try #require(template.resource(BicepResourceReference(symbolicName: "vnet")))
        #expect(vnet["properties.subnets[0].properties.routeTable"] == .null)
        #expect(vnet["properties.subnets[0].properties.addressPrefix"] == .string("10.0.1.0/24"))
        let storage = try #require(template.resource(BicepResourceReference(symbolicName: "sa")))
        #expect(storage.name.isUnknown)
        let vm = try #require(template.resource(BicepResourceReference(symbolicName: "vm")))
        #expect(
            vm["properties.networkProfile.networkInterfaces[0].id"]
                == .resourceId(
                    BicepResourceId(fullType: "Microsoft.Network/networkInterfaces", names: [.string("nic")])))
        #expect(template.notes.map(\.kind) == [.moduleNotFound])
        #expect(template.modules.count == 1)
        #expect(template.modules[0].isFollowed == false)
    }
}
