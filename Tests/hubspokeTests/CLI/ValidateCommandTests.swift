import Foundation
import HubSpokeCore
import HubSpokeDesignFile
import Testing

@Suite struct ValidateCommandTests {
    let scratch: ScratchFolder

    init() throws { scratch = try ScratchFolder() }

    func exampleFile(_ name: String) throws -> String {
        let path = scratch.path("\(name).hubspoke.json")
        try DesignFile.write(Examples.named(name)!, to: path)
        return path
    }

    /// A design with a prefix whose host bits are set (ADDR-002) and nothing else wrong with it.
    func hostBitsDesign() throws -> String {
        var design = Examples.hubAndSpoke
        design.virtualNetworks[1].addressPrefixes = ["10.1.0.1/16"]
        let path = scratch.path("bad.hubspoke.json")
        try DesignFile.write(design, to: path)
        return path
    }

    @Test func correctHubValidatesClean() throws {
        let run = try CLIRun.run(["validate", try exampleFile("hub-and-spoke")])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(
            run.stdout.hasSuffix(
                "0 errors, 0 warnings, \(run.stdout.split(separator: "\n").count - 1) infos (0 suppressed)\n"))
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test func errorsExitOneAndNameTheRule() throws {
        let run = try CLIRun.run(["validate", try hostBitsDesign()])
        #expect(run.status == 1)
        #expect(run.stdout.contains("error ADDR-002 vnet-spoke1: "))
    }

    @Test func failOnThresholds() throws {
        let tutorial = try exampleFile("tutorial")
        // The tutorial opens RDP to the Internet: a warning (SEC-001), no errors.
        #expect(try CLIRun.run(["validate", tutorial]).status == 0)
        #expect(try CLIRun.run(["validate", tutorial, "--fail-on", "warning"]).status == 1)
        #expect(try CLIRun.run(["validate", tutorial, "--fail-on", "never"]).status == 0)
        #expect(try CLIRun.run(["validate", try hostBitsDesign(), "--fail-on", "never"]).status == 0)
    }

    @Test func jsonIsOneObjectWithCatalogIDs() throws {
        let run = try CLIRun.run(["validate", try hostBitsDesign(), "--format", "json"])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["file", "findings", "summary"])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let hostBits = try #require(findings.first { $0["rule"] as? String == "ADDR-002" })
        #expect(hostBits["severity"] as? String == "error")
        #expect(hostBits["resources"] as? [String] == ["vnet-spoke1"])
        #expect((hostBits["title"] as? String)?.isEmpty == false)
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["error"] == findings.filter { $0["severity"] as? String == "error" }.count)
        #expect(summary["suppressed"] == 0)
    }

    @Test func suppressedFindingsAreCountedApart() throws {
        var design = Examples.hubAndSpoke
        design.virtualNetworks[1].addressPrefixes = ["10.1.0.1/16"]
        design.suppressions = [
            Suppression(rule: "ADDR-002", resource: "vnet-spoke1", reason: "fixed in the next change")
        ]
        let path = scratch.path("suppressed.hubspoke.json")
        try DesignFile.write(design, to: path)
        let run = try CLIRun.run(["validate", path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let suppressed = try #require(findings.first { $0["rule"] as? String == "ADDR-002" })
        #expect((suppressed["suppressed"] as? [String: String])?["reason"] == "fixed in the next change")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["suppressed"] == 1)
        let text = try CLIRun.run(["validate", path])
        #expect(text.stdout.contains("(1 suppressed)"))
        #expect(text.stdout.contains("[suppressed: fixed in the next change]"))
    }

    @Test func sarifHasRulesAndLevels() throws {
        let run = try CLIRun.run(["validate", try hostBitsDesign(), "--format", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runObject = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((runObject["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == RuleCatalog.descriptors.count)
        let results = try #require(runObject["results"] as? [[String: Any]])
        let result = try #require(results.first { $0["ruleId"] as? String == "ADDR-002" })
        #expect(result["level"] as? String == "error")
        let index = try #require(result["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "ADDR-002")
    }

    @Test func listRules() throws {
        let run = try CLIRun.run(["validate", "--list-rules"])
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("\(RuleCatalog.descriptors.count) rules\n"))
    }

    @Test func noColourWhenNotATerminalEvenIfAsked() throws {
        let run = try CLIRun.run(["validate", try exampleFile("tutorial")], environment: ["TERM": "xterm-256color"])
        #expect(!run.stdout.contains("\u{1B}"))
    }
}

@Suite struct UnreadableInputTests {
    let scratch: ScratchFolder

    init() throws { scratch = try ScratchFolder() }

    func expectUnreadable(_ path: String, _ phrase: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        let run = try CLIRun.run(["validate", path])
        #expect(run.status == 2, sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, sourceLocation: sourceLocation)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(path), sourceLocation: sourceLocation)
        #expect(run.stderr.contains(phrase), "\(run.stderr)", sourceLocation: sourceLocation)
    }

    @Test func emptyFile() throws {
        try expectUnreadable(try scratch.write("empty.hubspoke.json", ""), "empty")
    }

    @Test func directory() throws {
        try expectUnreadable(scratch.url.path, "is a directory")
    }

    @Test func missingFile() throws {
        try expectUnreadable(scratch.path("nope.hubspoke.json"), "no such file")
    }

    @Test func binaryFile() throws {
        let path = scratch.path("blob.hubspoke.json")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: URL(fileURLWithPath: path))
        try expectUnreadable(path, "not a text file")
    }

    @Test func malformedJSONHasLineAndColumn() throws {
        let path = try scratch.write(
            "broken.hubspoke.json", "{\n  \"format\": \"hubspoke/1\",\n  \"virtualNetworks\": [\n}")
        try expectUnreadable(path, "broken.hubspoke.json:4:1: expected a value")
    }

    @Test func missingFieldNamesThePath() throws {
        let path = try scratch.write(
            "missing.hubspoke.json", "{\"format\": \"hubspoke/1\", \"virtualNetworks\": [{\"isExisting\": false}]}")
        try expectUnreadable(path, "virtualNetworks[0].name: required field is missing")
    }

    @Test func badCIDRIsAFindingNotAnUnreadableFile() throws {
        let path = try scratch.write(
            "cidr.hubspoke.json",
            """
            {"format": "hubspoke/1", "virtualNetworks": [{"name": "vnet-a", "isExisting": false,
             "addressPrefixes": ["10.0.0.0/33"]}]}
            """)
        let run = try CLIRun.run(["validate", path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("ADDR-001"))
    }

    @Test func misuseExitsTwo() throws {
        #expect(try CLIRun.run(["validate"]).status == 2)
        #expect(try CLIRun.run(["validate", "x.json", "--format", "yaml"]).status == 2)
        #expect(try CLIRun.run(["validate", "x.json", "--fail-on", "sometimes"]).status == 2)
        #expect(try CLIRun.run(["frobnicate", "--now"]).status == 2)
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try CLIRun.run(["validate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--fail-on"))
        let version = try CLIRun.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }
}

@Suite struct ExampleCommandTests {
    @Test func writesAndRefusesToOverwrite() throws {
        let scratch = try ScratchFolder()
        let path = scratch.path("hub.hubspoke.json")
        #expect(try CLIRun.run(["example", "hub-and-spoke", "-o", path]).status == 0)
        #expect(try DesignFile.read(path: path) == Examples.hubAndSpoke)
        let again = try CLIRun.run(["example", "tutorial", "-o", path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("--force"))
        #expect(try DesignFile.read(path: path) == Examples.hubAndSpoke)
        #expect(try CLIRun.run(["example", "tutorial", "-o", path, "--force"]).status == 0)
        #expect(try DesignFile.read(path: path) == Examples.tutorial)
        let stdout = try CLIRun.run(["example", "tutorial"])
        #expect(try DesignFile.decode(stdout.stdout, fileName: "-") == Examples.tutorial)
        #expect(try CLIRun.run(["example", "nonsense"]).status == 2)
    }
}
