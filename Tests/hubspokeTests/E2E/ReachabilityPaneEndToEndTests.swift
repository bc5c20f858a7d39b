import Foundation
import HubSpokeCore
import HubSpokeDesignFile
import Testing

/// The reachability pane in the real binary under tmux: the seed tutorial's RDP path through
/// the peering, the answer turning to BLOCKED when a peering flag changes and back on undo, the
/// `r` form with completion, and the jump from a hop to the peering in the inspector.
@Suite(.serialized) struct ReachabilityPaneEndToEndTests {
    @Test func tutorialRDPIsReachableThroughThePeeringAndFollowsAFlagChange() throws {
        let directory = try TerminalDesignerEndToEndTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/tutorial.hubspoke.json"
        try DesignFile.encode(Examples.tutorial).write(toFile: file, atomically: true, encoding: .utf8)
        let session = try TmuxSession(
            command: TerminalDesignerEndToEndTests.quoted(TmuxSession.binary) + " "
                + TerminalDesignerEndToEndTests.quoted(file))
        defer { session.kill() }
        try session.waitFor("vnet-prod-ae-wv-001")

        try session.command("reach vmprodaewv001 vmprodasewv001 3389")
        let reachable = try session.waitFor("✔ REACHABLE  TCP vmprodaewv001 -> vmprodasewv001:3389")
        #expect(reachable.contains("┌ Reachability"))
        #expect(
            reachable.split(separator: "\n").contains {
                $0.contains(" peering ") && $0.contains("peer-to-secondary") && $0.contains("Connected with")
            }, "no peering hop:\n\(reachable)")

        try session.command("set vnet-prod-ae-wv-002/peerings/peer-to-primary allowVirtualNetworkAccess false")
        let blocked = try session.waitFor("✖ BLOCKED  TCP vmprodaewv001 -> vmprodasewv001:3389")
        #expect(blocked.contains("vnet-prod-ae-wv-002/virtualNetworkPeerings/peer-to-primary has"))
        #expect(blocked.contains("◆ dropped"))

        try session.keys("u")
        try session.waitFor("✔ REACHABLE")

        // the form: From from the last question, To replaced through completion, ICMP
        try session.keys("Tab")
        try session.waitFor("Tab complete/next")
        try session.keys("Tab", "C-u")
        try session.type("10.2")
        try session.waitFor("1 match")
        try session.keys("Tab", "Tab", "Tab", "Space", "Space")
        try session.waitFor("Protocol: ‹icmp›")
        try session.keys("Enter")
        try session.waitFor("✔ REACHABLE  ICMP vmprodaewv001 -> 10.20.20.4")

        // jump from the peering hop to the peering editor
        try session.keys("j", "j", "j", "Enter")
        let jumped = try session.waitFor("r returns to the reachability pane")
        #expect(jumped.contains("┌ Topology"))
        #expect(jumped.contains("peering hop: vnet-prod-ae-wv-001/virtualNetworkPeerings/peer-to-secondary"))
        try session.keys("r")
        try session.waitFor("┌ Reachability")
        try session.keys("Escape")
        try session.waitFor("┌ Topology")
        try session.command("q!")
        try session.waitFor("EXIT=0")
    }
}
