import Foundation
import HubSpokeCore
import HubSpokeDesignFile
import Testing

/// Builds a hub from an empty file in the real binary under tmux, by typing only: the address
/// planner places the VNet and its subnets, `:add firewall`, `:add bastion` and `:add vm`
/// create the dedicated subnets, public IPs and NIC, and the validation pane stays clean.
@Suite(.serialized) struct ResourceRecipesEndToEndTests {
    @Test func buildAHubWithFirewallBastionAndAVMFromAnEmptyFile() throws {
        let directory = try TerminalDesignerEndToEndTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/hub.hubspoke.json"
        let session = try TmuxSession(
            command: TerminalDesignerEndToEndTests.quoted(TmuxSession.binary) + " "
                + TerminalDesignerEndToEndTests.quoted(file))
        defer { session.kill() }
        try session.waitFor("new file")
        try session.type(":add vnet vnet-hub /16")
        try session.keys("Tab")
        try session.waitFor(":add vnet vnet-hub 10.0.0.0/16")
        try session.keys("Enter")
        try session.waitFor("vnet-hub  10.0.0.0/16")
        try session.command("add subnet vnet-hub snet-app /24")
        try session.waitFor("snet-app  10.0.0.0/24")
        try session.command("add firewall vnet-hub")
        try session.waitFor("AzureFirewallSubnet  10.0.1.0/26")
        try session.command("add bastion vnet-hub")
        try session.waitFor("AzureBastionSubnet  10.0.1.64/26")
        try session.command("add vm vm-app vnet-hub/subnets/snet-app 10.0.0.3")
        try session.waitFor("10.0.0.3 is one of the 5 addresses Azure reserves")
        try session.command("add vm vm-app vnet-hub/subnets/snet-app 10.0.0.4")
        let screen = try session.waitFor("added Windows VM vm-app")
        #expect(screen.contains("secure parameter adminPassword"))
        #expect(screen.contains("afw-hub"))
        #expect(screen.contains("bas-hub"))
        try session.waitFor("Validation  ✖ 0")
        try session.command("wq")
        try session.waitFor("EXIT=0")
        let saved = try DesignFile.decode(String(contentsOfFile: file, encoding: .utf8), fileName: file)
        let hub = try #require(saved.virtualNetworks.first)
        #expect(hub.subnets.map(\.name) == ["snet-app", "AzureFirewallSubnet", "AzureBastionSubnet"])
        #expect(saved.azureFirewalls.map(\.name) == ["afw-hub"])
        #expect(saved.bastionHosts.map(\.name) == ["bas-hub"])
        #expect(saved.publicIPAddresses.map(\.name) == ["pip-afw-hub", "pip-bas-hub"])
        #expect(saved.networkInterfaces.first?.ipConfigurations.first?.privateIPAddress == "10.0.0.4")
        #expect(saved.virtualMachines.first?.adminPassword == .secureParameter("adminPassword"))
    }
}
