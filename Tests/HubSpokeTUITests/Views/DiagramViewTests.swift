import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct DiagramViewTests {
    func twoHubState() -> AppState {
        func vnet(_ name: String, _ prefix: String, hub: Bool = false, peers: [String]) -> VirtualNetwork {
            VirtualNetwork(
                name: name, addressPrefixes: [prefix + ".0.0/16"],
                subnets: hub ? [Subnet(name: "GatewaySubnet", addressPrefixes: [prefix + ".0.0/27"])] : [],
                virtualNetworkPeerings: peers.map {
                    VirtualNetworkPeering(name: "\(name)-to-\($0)", remoteVirtualNetwork: $0)
                })
        }
        let design = Design(virtualNetworks: [
            vnet("hub-weu", "10.0", hub: true, peers: ["hub-neu", "spoke-a", "spoke-b", "spoke-d"]),
            vnet("spoke-a", "10.1", peers: ["hub-weu"]),
            vnet("hub-neu", "10.100", hub: true, peers: ["hub-weu", "spoke-c"]),
            vnet("spoke-b", "10.2", peers: ["hub-weu"]),
            vnet("spoke-c", "10.101", peers: ["hub-neu"]),
            vnet("spoke-d", "10.3", peers: ["hub-weu"]),
        ])
        var state = AppState(design: design, filePath: nil, width: 160, height: 40)
        _ = send(&state, .validated([], revision: state.designRevision), .key(.char("v")))
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
