import Foundation
import HubSpokeCore
import Testing

@testable import HubSpokeDesignFile

@Suite struct DesignFileRoundTrip {
    @Test(arguments: Examples.names)
    func examplesSurviveEncodeDecode(name: String) throws {
        let design = try #require(Examples.named(name))
        let text = DesignFile.encode(design)
        #expect(text.hasPrefix("{\n"))
        #expect(text.contains("\"format\" : \"hubspoke/1\"") || text.contains("\"format\": \"hubspoke/1\""))
        let decoded = try DesignFile.decode(text, fileName: "x.hubspoke.json")
        #expect(decoded == design)
        #expect(DesignFile.encode(decoded) == text)
    }

    @Test func credentialsAreOneMemberObjects() throws {
        let text = DesignFile.encode(Examples.tutorial)
        #expect(text.contains("\"secureParameter\""))
        #expect(!text.contains("\"_0\""))
    }

    @Test func emptyListsMayBeLeftOut() throws {
        let text = """
            {"format": "hubspoke/1",
             "virtualNetworks": [{"name": "vnet-a", "addressPrefixes": ["10.0.0.0/16"], "isExisting": false}]}
            """
        let design = try DesignFile.decode(text, fileName: "a.json")
        #expect(design.virtualNetworks.first?.subnets == [])
        #expect(design.virtualNetworks.first?.placement == Placement())
        #expect(design.networkSecurityGroups.isEmpty)
    }

    @Test func badValuesLoadSoTheValidatorCanReportThem() throws {
        let text = """
            {"format": "hubspoke/1",
             "virtualNetworks": [{"name": "vnet-a", "addressPrefixes": ["10.0.0.1/16", "10.0.0.0/33"], "isExisting": false}]}
            """
        let design = try DesignFile.decode(text, fileName: "a.json")
        #expect(design.virtualNetworks[0].addressPrefixes == ["10.0.0.1/16", "10.0.0.0/33"])
    }
}

@Suite struct DesignFileErrors {
    func error(_ text: String) -> DesignFileError? {
        do {
            _ = try DesignFile.decode(text, fileName: "d.hubspoke.json")
            return nil
        } catch {
            return error
        }
    }

    @Test func malformedJSONNamesLineAndColumn() throws {
        let e = try #require(error("{\"format\": \"hubspoke/1\",\n  \"virtualNetworks\": [1, 2\n}"))
        #expect(e.line == 3)
        #expect(e.column == 1)
        #expect(e.description.hasPrefix("d.hubspoke.json:3:1: expected ',' or ']' to close the array opened at 2:22"))
    }

    @Test func wrongTypeNamesFieldPath() throws {
        let text = """
            {"format": "hubspoke/1",
             "virtualNetworks": [{"name": 42, "isExisting": false}]}
            """
        let e = try #require(error(text))
        #expect(e.fieldPath == "virtualNetworks[0].name")
        #expect(e.line == 2)
        #expect(e.description.contains("expected a string, found a number"))
    }

    @Test func missingRequiredField() throws {
        let e = try #require(error("{\"format\": \"hubspoke/1\", \"virtualNetworks\": [{\"name\": \"a\"}]}"))
        #expect(e.fieldPath == "virtualNetworks[0].isExisting")
        #expect(e.message == "required field is missing")
    }

    @Test func unknownFieldIsRefused() throws {
        let text = """
            {"format": "hubspoke/1",
             "virtualNetworks": [{"name": "a", "isExisting": false, "adressPrefixes": []}]}
            """
        let e = try #require(error(text))
        #expect(e.fieldPath == "virtualNetworks[0].adressPrefixes")
        #expect(e.line == 2)
        #expect(e.column == 57)
        #expect(e.message.contains("unknown field"))
    }

    @Test func newerFormatIsNamed() throws {
        let e = try #require(error("{\"format\": \"hubspoke/2\"}"))
        #expect(e.message.contains("newer hubspoke"))
    }

    @Test func missingFormat() throws {
        let e = try #require(error("{\"virtualNetworks\": []}"))
        #expect(e.fieldPath == "format")
    }

    @Test(arguments: ["", "   \n"]) func emptyFile(text: String) throws {
        let e = try #require(error(text))
        #expect(e.message.contains("empty"))
    }

    @Test func binaryFile() throws {
        do {
            _ = try DesignFile.decode(bytes: [0x7B, 0x00, 0xFF], fileName: "b.bin")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("not a text file"))
        }
    }

    @Test func invalidUTF8() throws {
        do {
            _ = try DesignFile.decode(bytes: [0x7B, 0xC3, 0x28, 0x7D], fileName: "b.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("not UTF-8"))
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let e = try #require(error(String(repeating: "[", count: 10_000)))
        #expect(e.message.contains("nesting deeper"))
    }

    @Test(arguments: [
        ("{\"a\": tru}", "expected 'true'"),
        ("{\"a\": 01}", "leading zeros"),
        ("{\"a\": \"x\ny\"}", "control character"),
        ("{\"a\" 1}", "expected ':'"),
        ("{\"a\": 1, \"a\": 2}", "appears twice"),
        ("{\"a\": \"\\q\"}", "expected an escape"),
        ("[1] x", "expected end of file"),
    ])
    func syntaxErrors(text: String, phrase: String) throws {
        let e = try #require(error(text))
        #expect(e.message.contains(phrase), "\(e)")
        #expect(e.line != nil)
    }
}

@Suite struct FilesOnDisk {
    @Test func atomicWriteThenRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("d.hubspoke.json").path
        try DesignFile.write(Examples.hubAndSpoke, to: path)
        try DesignFile.write(Examples.tutorial, to: path)
        #expect(try DesignFile.read(path: path) == Examples.tutorial)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["d.hubspoke.json"])
    }

    @Test func directoryAndMissingFile() throws {
        let dir = FileManager.default.temporaryDirectory.path
        #expect(throws: DesignFileError.self) { try DesignFile.read(path: dir) }
        do {
            _ = try DesignFile.read(path: dir)
        } catch {
            #expect(error.message.contains("is a directory"))
        }
        do {
            _ = try DesignFile.read(path: "/nonexistent/x.hubspoke.json")
        } catch {
            #expect(error.description == "/nonexistent/x.hubspoke.json: no such file")
        }
    }
}

@Suite struct DesignFileLocations {
    @Test func resourcesAndFieldsHaveLocations() throws {
        let text = DesignFile.encode(Examples.hubAndSpoke)
        let document = try DesignFile.decodeDocument(bytes: Array(text.utf8), fileName: "hub.hubspoke.json")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let subnet = try #require(
            document.sourceMap.location(resource: "vnet-hub/subnets/GatewaySubnet", field: "addressPrefixes"))
        #expect(subnet.file == "hub.hubspoke.json")
        #expect(lines[subnet.line - 1].contains("\"addressPrefixes\""))
        let peering = try #require(
            document.sourceMap.location(
                resource: "vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub", field: "useRemoteGateways"))
        #expect(lines[peering.line - 1].contains("\"useRemoteGateways\""))
        let rule = try #require(document.sourceMap.location(resource: "nsg-spoke1/securityRules/deny-all-inbound"))
        #expect(lines[rule.line - 1].contains("{"))
    }
}
