import HubSpokeBicep
import Testing

@Suite("Modules")
struct ModuleTests {
    @Test func localModulesInALoopAreFollowedAndMerged() throws {
        let template = try FixtureFiles.evaluate("modules/main.bicep")
        let vnets = template.resources(ofType: "Microsoft.Network/virtualNetworks")
        #expect(vnets.map(\.name) == [.string("vnet-hub"), .string("vnet-spoke1"), .string("vnet-spoke2")])
        #expect(vnets[1].reference == BicepResourceReference(modulePath: "spoke[0]", symbolicName: "vnet"))
        #expect(vnets[2].file == FixtureFiles.path("modules/spoke.bicep"))
        #expect(vnets[2]["properties.subnets[0].properties.addressPrefix"] == .string("10.2.0.0/24"))

        let peering = try #require(template.resources.first { $0.symbolicName == "vnet::toHub" })
        #expect(peering.name == .string("vnet-spoke1/spoke1-to-hub"))
        #expect(peering.type == "Microsoft.Network/virtualNetworks/virtualNetworkPeerings")
        #expect(peering["properties.remoteVirtualNetwork.id"] == .resourceId(vnets[0].id))

        #expect(template.output(named: "firstSpokeVnetId")?.value == .resourceId(vnets[1].id))
        #expect(
            template.output(named: "secondSubnetId")?.value
                == .resourceId(vnets[2].id.child(type: "subnets", name: .string("default"))))
        // The conditional module is off by default.
        #expect(!template.resources.contains { $0.name == .string("vnet-extra") })
    }

    @Test func secureParameterPassedThroughAModuleKeepsItsOrigin() throws {
        let template = try FixtureFiles.evaluate("modules/main.bicep")
        let vm = try #require(template.resources.first { $0.symbolicName == "vm" })
        #expect(vm["properties.osProfile.adminPassword"] == .unknown("adminPassword"))
        let origin = try #require(vm.origin(of: "properties.osProfile.adminPassword"))
        let root = try #require(origin.rootParameter)
        #expect(root.name == "adminPassword")
        #expect(root.isSecure)
        #expect(!root.hasDefault)
        #expect(root.file == FixtureFiles.path("modules/main.bicep"))
        #expect(!origin.isLiteral)
    }

    @Test func literalPassedToASecureModuleParameterIsALiteral() throws {
        let template = try FixtureFiles.evaluate("modules/main.bicep", parameters: ["deployExtra": .bool(true)])
        let vm = try #require(template.resources.first { $0.name == .string("vm-extra") })
        let origin = try #require(vm.origin(of: "properties.osProfile.adminPassword"))
        #expect(origin.isLiteral)
        #expect(vm["properties.osProfile.adminPassword"] == .string(""))
        let vnet = try #require(template.resources.first { $0.name == .string("vnet-extra") })
        #expect(vnet.id.resourceGroup == .string("rg-extra"))
        #expect(
            vnet.id.description.contains(
                "/resourceGroups/rg-extra/providers/Microsoft.Network/virtualNetworks/vnet-extra"))
    }

    @Test func registryModulesAndCyclesAreNoted() throws {
        let template = try FixtureFiles.evaluate("modules/main.bicep")
        let notFollowed = template.notes.filter { $0.kind == .moduleNotFollowed }
        #expect(notFollowed.count == 1)
        #expect(notFollowed.first?.location.line == 51)
        #expect(template.output(named: "avmId")?.value.isUnknown == true)
        let avm = try #require(template.modules.first { $0.reference.symbolicName == "avm" })
        #expect(!avm.isFollowed)
        #expect(avm.resolvedFile == nil)
        #expect(avm.parameters["name"] == .string("vnet-avm"))
        #expect(template.notes.contains { $0.kind == .moduleCycle })
        #expect(template.modules.filter(\.isFollowed).count >= 2)
    }

    @Test func missingModuleFileIsNotedNotThrown() throws {
        let document = try BicepDocument.parse(
            "module m './nowhere.bicep' = {\n  name: 'm'\n}\n", file: "dir/main.bicep")
        let template = BicepEvaluator(fileLoader: BicepFileLoader.inMemory([:])).evaluate(document)
        #expect(template.notes.map(\.kind) == [.moduleNotFound])
        #expect(template.modules.first?.resolvedFile == "dir/nowhere.bicep")
    }

    @Test func moduleWithSyntaxErrorIsNoted() throws {
        let loader = BicepFileLoader.inMemory(["broken.bicep": "var a = [\n"])
        let document = try BicepDocument.parse("module m './broken.bicep' = {\n  name: 'm'\n}\n", file: "main.bicep")
        let template = BicepEvaluator(fileLoader: loader).evaluate(document)
        let note = try #require(template.notes.first)
        #expect(note.kind == .moduleSyntaxError)
        #expect(note.location.file == "broken.bicep")
    }

    @Test func importedVariablesAndFunctions() throws {
        let loader = BicepFileLoader.inMemory([
            "lib/shared.bicep":
                "@export()\nvar hubPrefix = '10.0.0.0/16'\n@export()\nfunc subnet(i int) string => cidrSubnet(hubPrefix, 24, i)\n"
        ])
        let document = try BicepDocument.parse(
            "import {hubPrefix, subnet as nth} from './shared.bicep'\nimport * as lib from './shared.bicep'\nvar a = hubPrefix\nvar b = nth(3)\nvar c = lib.subnet(4)\nvar d = lib.hubPrefix\n",
            file: "lib/main.bicep")
        let template = BicepEvaluator(fileLoader: loader).evaluate(document)
        #expect(template.variable(named: "a")?.value == .string("10.0.0.0/16"))
        #expect(template.variable(named: "b")?.value == .string("10.0.3.0/24"))
        #expect(template.variable(named: "c")?.value == .string("10.0.4.0/24"))
        #expect(template.variable(named: "d")?.value == .string("10.0.0.0/16"))
        #expect(template.notes.isEmpty)
    }

    @Test func resolvesPathsRelativeToTheIncludingFile() {
        #expect(BicepEvaluator.resolve(path: "./spoke.bicep", relativeTo: "infra/main.bicep") == "infra/spoke.bicep")
        #expect(
            BicepEvaluator.resolve(path: "../shared/a.bicep", relativeTo: "/x/infra/main.bicep") == "/x/shared/a.bicep")
        #expect(BicepEvaluator.resolve(path: "mod.bicep", relativeTo: "main.bicep") == "mod.bicep")
    }
}

@Suite("Parameter files")
struct ParameterFileTests {
    @Test func bicepparamValuesOverrideDefaults() throws {
        let parameterFile = try BicepParameterFile.parse(
            try FixtureFiles.text("modules/main.bicepparam"), file: FixtureFiles.path("modules/main.bicepparam"))
        #expect(parameterFile.usingPath == "./main.bicep")
        #expect(parameterFile.values["deployExtra"] == .bool(true))
        #expect(parameterFile.values["adminPassword"]?.isUnknown == true)
        #expect(
            parameterFile.values["spokes"]
                == .array([.object(BicepObject(["name": .string("only"), "prefix": .string("10.50.0.0/16")]))]))

        let template = try FixtureFiles.evaluate("modules/main.bicep", parameters: parameterFile.values)
        let names = template.resources(ofType: "Microsoft.Network/virtualNetworks").map(\.name)
        #expect(names == [.string("vnet-hub"), .string("vnet-only"), .string("vnet-extra")])
        let spokes = try #require(template.parameter(named: "spokes"))
        #expect(spokes.isOverridden)
        #expect(spokes.hasDefault)
        #expect(spokes.defaultValue?.arrayValue?.count == 2)
    }

    @Test func commandLineStringsAreConvertedToTheDeclaredType() throws {
        let document = try BicepDocument.parse(
            "param count int = 1\nparam on bool = false\nparam list array = []\nparam obj object = {}\nparam name string = 'a'\n",
            file: "main.bicep")
        let template = BicepEvaluator().evaluate(
            document,
            parameters: [
                "count": .string("3"), "on": .string("true"), "list": .string(#"["10.0.0.0/16", "10.1.0.0/16"]"#),
                "obj": .string("{ a: 1 }"), "name": .string("b"), "unknownParam": .string("x"),
            ])
        #expect(template.parameter(named: "count")?.value == .int(3))
        #expect(template.parameter(named: "on")?.value == .bool(true))
        #expect(template.parameter(named: "list")?.value == .array([.string("10.0.0.0/16"), .string("10.1.0.0/16")]))
        #expect(template.parameter(named: "obj")?.value == .object(BicepObject(["a": .int(1)])))
        #expect(template.parameter(named: "name")?.value == .string("b"))
        #expect(template.notes.map(\.kind) == [.parameterOverrideIgnored])
    }
}
