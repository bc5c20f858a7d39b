import Foundation
import HubSpokeCore
import HubSpokeDesignFile
import Testing

@testable import hubspoke

/// `hubspoke reach` and `hubspoke routes`: output shapes and exit codes, through the built
/// binary and through the commands' logic in-process.
@Suite struct ReachCommandTests {
    let scratch: ScratchFolder

    init() throws { scratch = try ScratchFolder() }

    func file(_ design: Design, _ name: String = "design") throws -> String {
        let path = scratch.path("\(name).hubspoke.json")
        try DesignFile.write(design, to: path)
        return path
    }

    struct ExitCase: CustomTestStringConvertible, Sendable {
        var name: String
        var design: @Sendable () -> Design
        var arguments: [String]
        var status: Int32
        var testDescription: String { name }
    }

    static let exitCases: [ExitCase] = [
        ExitCase(
            name: "tutorial RDP is reachable", design: { Examples.tutorial },
            arguments: ["--from", "vmprodaewv001", "--to", "vmprodasewv001", "--port", "3389"], status: 0),
        ExitCase(
            name: "firewall default deny is blocked", design: { Examples.hubAndSpoke },
            arguments: ["--from", "vm-app-spoke1", "--to", "vm-app-spoke2", "--port", "8080"], status: 1),
        ExitCase(
            name: "firewall without policy is unknown",
            design: {
                var design = Examples.hubAndSpoke
                design.azureFirewalls[0].firewallPolicy = nil
                return design
            }, arguments: ["--from", "vm-app-spoke1", "--to", "10.2.1.4", "--port", "443"], status: 3),
        ExitCase(
            name: "unknown source is bad input", design: { Examples.hubAndSpoke },
            arguments: ["--from", "vm-nope", "--to", "vm-app-spoke2", "--port", "443"], status: 2),
        ExitCase(
            name: "unknown protocol is misuse", design: { Examples.hubAndSpoke },
            arguments: ["--from", "vm-app-spoke1", "--to", "vm-app-spoke2", "--port", "443", "--protocol", "sctp"],
            status: 2),
        ExitCase(
            name: "ICMP by name, case-insensitive", design: { Examples.tutorial },
            arguments: ["--from", "nic-prod-ae-wv-001", "--to", "10.20.20.4", "--protocol", "ICMP"], status: 0),
        ExitCase(
            name: "TCP without a port is misuse", design: { Examples.tutorial },
            arguments: ["--from", "vmprodaewv001", "--to", "vmprodasewv001"], status: 2),
    ]

    @Test(arguments: exitCases)
    func exitCodes(_ c: ExitCase) throws {
        let run = try CLIRun.run(["reach", try file(c.design())] + c.arguments)
        #expect(run.status == c.status, "\(run.stdout)\(run.stderr)")
    }

    @Test func missingFileExitsTwo() throws {
        let run = try CLIRun.run([
            "reach", scratch.path("none.hubspoke.json"), "--from", "a", "--to", "b", "--port", "1",
        ])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("hubspoke: "))
    }

    @Test func jsonHasExactlyTheContractKeys() throws {
        var design = Examples.tutorial
        design.virtualNetworks[0].virtualNetworkPeerings[0].allowVirtualNetworkAccess = false
        let run = try CLIRun.run([
            "reach", try file(design), "--from", "vmprodaewv001", "--to", "vmprodasewv001", "--port", "3389",
            "--format", "json",
        ])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["reachable", "hops", "decidedBy"])
        #expect(object["reachable"] as? Bool == false)
        let decidedBy = try #require(object["decidedBy"] as? [String: String])
        #expect(decidedBy == ["kind": "nsg", "resource": "nsg-prod-ae-wv-001", "rule": "DenyAllOutBound (65500)"])
        let hops = try #require(object["hops"] as? [[String: String]])
        #expect(hops.allSatisfy { Set($0.keys) == ["kind", "resource", "detail"] })
        #expect(hops.last?["detail"]?.contains("peer-to-secondary has allowVirtualNetworkAccess=false") == true)
    }

    @Test func unknownIsJSONNull() throws {
        var design = Examples.hubAndSpoke
        design.firewallPolicies = []
        let outcome = Reach.execute(
            design, ReachabilityQuery(source: "vm-app-spoke1", destination: "vm-app-spoke2", port: 443), format: .json)
        #expect(outcome.status == 3)
        #expect(outcome.output.contains("\"reachable\" : null"))
        #expect(outcome.output.contains("\"kind\" : \"unknown\""))
    }

    @Test func textStartsWithTheVerdictAndNumbersTheHops() {
        let outcome = Reach.execute(
            Examples.tutorial, ReachabilityQuery(source: "vmprodaewv001", destination: "vmprodasewv001", port: 3389),
            format: .text)
        let lines = outcome.output.split(separator: "\n")
        #expect(outcome.status == 0)
        #expect(lines.first == "reachable")
        #expect(lines.contains { $0.hasPrefix("  4. peering") && $0.contains("peer-to-secondary") })
        #expect(lines.contains { $0.hasPrefix("decided by: nsg nsg-prod-ae-wv-001 AllowVnetOutBound (65000)") })
        #expect(outcome.error.isEmpty)
    }

    @Test func routesPrintsTheEffectiveTable() throws {
        let run = try CLIRun.run(["routes", try file(Examples.hubAndSpoke), "vnet-spoke1/subnets/snet-app"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Effective routes of vnet-spoke1/subnets/snet-app")
        #expect(lines[1].hasPrefix("Source"))
        #expect(lines.contains { $0.hasPrefix("User") && $0.contains("0.0.0.0/0") && $0.contains("10.0.1.4") })
        #expect(lines.contains { $0.hasPrefix("Default") && $0.contains("Invalid") && $0.contains("10.0.0.0/8") })
        #expect(lines.count == 2 + 8)
    }

    @Test func routesJSONAndUnknownSubnet() throws {
        let good = Routes.execute(Examples.tutorial, subnet: "vnet-prod-ae-wv-001/subnets/PrimarySubnet", format: .json)
        #expect(good.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(good.output.utf8)) as? [String: Any])
        let routes = try #require(object["routes"] as? [[String: Any]])
        #expect(routes.count == 7)
        #expect(routes[1]["nextHopType"] as? String == "VNetPeering")
        #expect(routes[1]["source"] as? String == "Default")
        #expect(routes[1]["nextHopIpAddress"] is NSNull)
        let bad = try CLIRun.run(["routes", try file(Examples.tutorial), "vnet-prod-ae-wv-001/subnets/Nope"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("names no subnet"))
    }
}
