import Foundation
import HubSpokeCore
import HubSpokeDesignFile
import Testing

/// The NSG editor in the real binary: build an NSG with an RDP rule from an empty design by
/// typing, attach it, see the SEC-001 warning, ask which rule decides a flow, narrow the source
/// and see the warning go, save.
@Suite(.serialized) struct SecurityRuleEditorEndToEndTests {
    @Test func addAnRDPRuleAttachItSeeTheWarningAndAskWhichRuleDecides() throws {
        let directory = try TerminalDesignerEndToEndTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/nsg.hubspoke.json"
        let session = try TmuxSession(
            command: TerminalDesignerEndToEndTests.quoted(TmuxSession.binary) + " "
                + TerminalDesignerEndToEndTests.quoted(file))
        defer { session.kill() }
        try session.waitFor("new file")
        try session.command("add vnet vnet-hub 10.0.0.0/16")
        try session.waitFor("added vnet-hub")
        try session.command("add subnet vnet-hub snet-app 10.0.1.0/24")
        try session.waitFor("added subnet snet-app")
        try session.command("add nsg nsg-app")
        try session.waitFor("added nsg nsg-app")
        // Tab completes the protocol word of :add rule
        try session.type(":add rule nsg-app AllowRdp 300 in allow Tc")
        try session.keys("Tab")
        try session.waitFor(":add rule nsg-app AllowRdp 300 in allow Tcp")
        try session.type("* * 3389")
        try session.keys("Enter")
        try session.waitFor("added rule AllowRdp to nsg-app")
        try session.command("attach nsg-app vnet-hub/subnets/snet-app")
        try session.waitFor("attached nsg-app to vnet-hub/subnets/snet-app")
        let warned = try session.waitFor("SEC-001")
        #expect(warned.contains("nsg-app/securityRules/AllowRdp"))
        // the editor: rule table with the default rules after it, the marker on the rule
        try session.command("goto nsg-app")
        let editor = try session.waitFor("Inbound: 1 rule, then the defaults")
        #expect(editor.contains("65500 DenyAllInB"))
        #expect(editor.contains("vnet-hub/subnets/snet-app"))
        #expect(editor.contains("▲R 300   AllowRdp"))
        try session.keys("w")
        try session.waitFor("Which rule decides?")
        try session.type("203.0.113.5 10.0.1.4 3389 tcp")
        try session.keys("Enter")
        let decided = try session.waitFor("Allow by AllowRdp (300)")
        #expect(decided.contains("▶"))
        // narrow the source to a private range: the warning goes, the default rule decides
        try session.command("set nsg-app/rules/AllowRdp sourceAddressPrefix 10.0.0.0/8")
        try session.waitForAbsence(of: "SEC-001")
        try session.keys("w")
        try session.type("203.0.113.5 10.0.1.4 3389")
        try session.keys("Enter")
        try session.waitFor("Deny by DenyAllInBound (65500, default rule)")
        try session.command("w")
        try session.waitFor("written \(file)")
        try session.command("q")
        try session.waitFor("EXIT=0")
        let saved = try DesignFile.decode(String(contentsOfFile: file, encoding: .utf8), fileName: file)
        let rule = try #require(saved.networkSecurityGroups.first?.securityRules.first)
        #expect(rule.name == "AllowRdp")
        #expect(rule.sourceAddressPrefix == "10.0.0.0/8")
        #expect(rule.destinationPortRange == "3389")
        #expect(saved.virtualNetworks.first?.subnets.first?.networkSecurityGroup == "nsg-app")
    }
}
