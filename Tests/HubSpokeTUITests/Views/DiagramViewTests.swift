import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct DiagramViewTests {
    /// Two hubs (each with a GatewaySubnet) peered with each other, each with its own spokes,
    /// built by typing as a user would.
    func twoHubState() -> AppState {
        var state = AppState(design: Design(), filePath: nil, width: 160, height: 40)
        let vnets = [
            ("hub-weu", "10.0"), ("spoke-a", "10.1"), ("hub-neu", "10.100"), ("spoke-b", "10.2"),
            ("spoke-c", "10.101"), ("spoke-d", "10.3"),
        ]
        for (name, prefix) in vnets { command(&state, "add vnet \(name) \(prefix).0.0/16") }
        for (hub, prefix) in [("hub-weu", "10.0"), ("hub-neu", "10.100")] {
            command(&state, "add subnet \(hub) GatewaySubnet \(prefix).0.0/27")
        }
        for (a, b) in [
            ("hub-weu", "hub-neu"), ("hub-weu", "spoke-a"), ("hub-weu", "spoke-b"), ("hub-weu", "spoke-d"),
            ("hub-neu", "spoke-c"),
        ] {
            command(&state, "peer \(a) \(b)")
        }
        _ = send(&state, .key(.char("v")))
        return state
    }

    @Test func severalHubsShareTheMiddleRowEachWithItsSpokes() throws {
        let grid = Screen.render(twoHubState()).grid
        let west = try #require(grid.find("hub-weu"))
        let north = try #require(grid.find("hub-neu"))
        #expect(west.y == north.y && west.x < north.x)
        let spokeA = try #require(grid.find("spoke-a"))
        let spokeC = try #require(grid.find("spoke-c"))
        let spokeB = try #require(grid.find("spoke-b"))
        // each hub's spokes sit over it: a and b around the western hub, c over the northern one
        #expect(spokeA.y < west.y && spokeB.y < west.y && spokeA.x < north.x - 10)
        #expect(spokeC.y < north.y && spokeC.x > west.x + 10)
        let spokeD = try #require(grid.find("spoke-d"))
        #expect(spokeD.y > west.y)
        // the hub-to-hub peering is a line between the two boxes
        let lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[west.y].contains("│─────────────│"))
        // with both halves' flags under it
        #expect(lines[west.y + 1].contains("│  A--- A---  │"))
    }

    @Test func aNarrowPaneCountsTheVNetsThatDoNotFit() {
        var state = twoHubState()
        _ = send(&state, .resize(width: 80, height: 24))
        let text = Screen.render(state).grid.text
        #expect(text.contains("more VNets (tree view: v)"))
    }
}
