import Foundation
import Glibc
import HubSpokeCore
import HubSpokeDesignFile
import Testing

/// Route tables in the real binary under tmux: break the example's routing, let `F` route the
/// spokes through the hub firewall again, undo and redo it as one step, add and delete a route
/// in the route table editor, save, and check the file.
@Suite(.serialized) struct RouteTableEndToEndTests {
    @Test func routeSpokesThroughTheFirewallEditRoutesAndSave() throws {
        let directory = try TerminalDesignerEndToEndTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/routed.hubspoke.json"
        let session = try TmuxSession(command: TerminalDesignerEndToEndTests.quoted(TmuxSession.binary))
        defer { session.kill() }
        try session.waitFor("built-in hub-and-spoke example")
        try session.waitFor("Validation  ✖ 0  ▲ 0 ")

        // Break the routing: no route tables, one peering half without forwarded traffic.
        try session.command("del rt-spokes")
        try session.waitFor("deleted route table rt-spokes")
        try session.command("del rt-gateway")
        try session.waitFor("deleted route table rt-gateway")
        try session.command("set vnet-hub/peerings/hub-to-spoke2 allowForwardedTraffic false")
        try session.waitForAbsence(of: "Validation  ✖ 0  ▲ 0 ")

        // F on the hub's firewall routes every spoke through it again.
        try session.command("goto afw-hub")
        try session.waitFor("Azure Firewall afw-hub")
        try session.keys("F")
        let routed = try session.waitFor("routed 3 spokes of vnet-hub through afw-hub (10.0.1.4)")
        #expect(routed.contains("rt-spoke1"))
        try session.waitFor("Validation  ✖ 0  ▲ 0 ")
        try session.keys("u")
        try session.waitFor("undone")
        try session.waitForAbsence(of: "Validation  ✖ 0  ▲ 0 ")
        try session.keys("C-r")
        try session.waitFor("Validation  ✖ 0  ▲ 0 ")
        try session.command("route-through-firewall vnet-hub")
        try session.waitFor("nothing changed: the spokes of vnet-hub already route through its firewall")

        // The route table editor: refused and accepted routes, a deletion.
        try session.command("add route rt-spoke1 to-onprem 192.168.0.0/16 VirtualAppliance")
        try session.waitFor("a VirtualAppliance route needs the appliance's IP")
        try session.command("add route rt-spoke1 blackhole 10.9.0.0/16 none")
        let table = try session.waitFor("added route blackhole to rt-spoke1")
        #expect(table.contains("route table rt-spoke1"))
        #expect(table.contains("0.0.0.0/0   VirtualAppliance 10.0.1.4"))
        #expect(table.contains("blackhole"))
        #expect(table.contains("10.9.0.0/16 None             —           RT-017"))
        #expect(table.contains("vnet-spoke1/subnets/snet-app"))
        try session.command("add route rt-spoke1 storage Storage internet")
        try session.waitFor("added route storage to rt-spoke1")
        try session.keys("d")
        try session.waitFor("Delete rt-spoke1/routes/storage?")
        try session.keys("y")
        try session.waitFor("deleted route rt-spoke1/routes/storage")

        try session.command("w \(file)")
        try session.waitFor("written \(file)")
        try session.command("q")
        try session.waitFor("EXIT=0")
        let saved = try DesignFile.decode(String(contentsOfFile: file, encoding: .utf8), fileName: file)
        let spoke1 = try #require(saved.routeTables.first { $0.name == "rt-spoke1" })
        #expect(spoke1.routes.map(\.name) == ["default-to-firewall", "blackhole"])
        #expect(spoke1.routes[1].nextHopType == "None")
        #expect(spoke1.disableBgpRoutePropagation)
        let gateway = try #require(saved.routeTables.first { $0.name == "rt-hub-gateway" })
        #expect(gateway.routes.map(\.addressPrefix) == ["10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16"])
        let hub = try #require(saved.virtualNetworks.first { $0.name == "vnet-hub" })
        #expect(hub.virtualNetworkPeerings.allSatisfy { $0.allowForwardedTraffic })
        #expect(hub.subnets.first { $0.name == "GatewaySubnet" }?.routeTable == "rt-hub-gateway")
    }
}
