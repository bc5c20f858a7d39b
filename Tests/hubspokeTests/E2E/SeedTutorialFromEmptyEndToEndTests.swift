import Foundation
import HubSpokeBicep
import HubSpokeCore
import HubSpokeDesignFile
import HubSpokeTestSupport
import Testing

/// The TUI editors issue's acceptance run: the seed tutorial's design is built from an empty
/// file in the real binary under tmux by typing only (two VNets, their subnets, the NSG with the
/// RDP rule, both VMs, both peering halves). The RDP-from-anywhere warning shows, goes once the
/// rule's source is narrowed to a private range, and the exported Bicep passes check-bicep.
@Suite(.serialized) struct SeedTutorialFromEmptyEndToEndTests {
    @Test func buildTheSeedTutorialNarrowTheRDPRuleAndExport() throws {
        let directory = try TerminalDesignerEndToEndTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/tutorial.hubspoke.json"
        let bicep = directory + "/main.bicep"
        let session = try TmuxSession(
            command: TerminalDesignerEndToEndTests.quoted(TmuxSession.binary) + " "
                + TerminalDesignerEndToEndTests.quoted(file))
        defer { session.kill() }
        try session.waitFor("new file")

        let primary = "vnet-prod-ae-wv-001"
        let secondary = "vnet-prod-ae-wv-002"
        let nsg = "nsg-prod-ae-wv-001"
        try session.command("add vnet \(primary) 10.30.0.0/16")
        try session.waitFor("\(primary)  10.30.0.0/16")
        try session.command("add subnet \(primary) PrimarySubnet 10.30.10.0/24")
        try session.waitFor("PrimarySubnet  10.30.10.0/24")
        try session.command("add vnet \(secondary) 10.20.0.0/16")
        try session.waitFor("\(secondary)  10.20.0.0/16")
        try session.command("add subnet \(secondary) SecondarySubnet 10.20.20.0/24")
        try session.waitFor("SecondarySubnet  10.20.20.0/24")
        try session.command("add nsg \(nsg)")
        try session.waitFor("added nsg \(nsg)")
        try session.command("add rule \(nsg) default-allow-rdp 1000 in allow tcp * * 3389")
        try session.waitFor("added rule default-allow-rdp")
        try session.command("attach \(nsg) \(primary)/subnets/PrimarySubnet")
        try session.waitFor("attached \(nsg)")
        try session.command("add vm vmprodaewv001 \(primary)/subnets/PrimarySubnet")
        try session.waitFor("added Windows VM vmprodaewv001")
        try session.command("add vm vmprodasewv001 \(secondary)/subnets/SecondarySubnet")
        try session.waitFor("added Windows VM vmprodasewv001")
        try session.command("peer \(primary) \(secondary)")
        try session.waitFor("peered \(primary) and \(secondary)")

        let exposed = try session.waitFor("SEC-001")
        #expect(exposed.contains("\(nsg)/securityRules/default-allow-rdp"))
        try session.command("set \(nsg)/securityRules/default-allow-rdp sourceAddressPrefix 10.20.0.0/16")
        let narrowed = try session.waitForAbsence(of: "SEC-001")
        #expect(!narrowed.contains("NSG-"), "no NSG findings expected once narrowed:\n\(narrowed)")
        try session.waitFor("Validation  ✖ 0")

        try session.command("export! \(bicep)")
        try session.waitFor("exported \(bicep)")
        try session.command("wq")
        try session.waitFor("EXIT=0")

        let saved = try DesignFile.decode(String(contentsOfFile: file, encoding: .utf8), fileName: file)
        #expect(saved.virtualNetworks.map(\.name) == [primary, secondary])
        #expect(saved.virtualNetworks.map { $0.virtualNetworkPeerings.count } == [1, 1])
        #expect(saved.virtualMachines.count == 2)
        #expect(saved.virtualNetworks[0].subnets.first?.networkSecurityGroup == nsg)
        let rule = try #require(saved.networkSecurityGroups.first?.securityRules.first)
        #expect(rule.sourceAddressPrefix == "10.20.0.0/16")
        #expect(rule.destinationPortRange == "3389")

        let text = try String(contentsOfFile: bicep, encoding: .utf8)
        let check = try CheckBicep.run([(name: "main.bicep", text: text)])
        #expect(check.status == 0, "check-bicep:\n\(check.output)")
        let reread = try BicepReader.read(text: text, file: bicep)
        #expect(reread.design.virtualNetworks.map(\.name) == [primary, secondary])
    }
}
