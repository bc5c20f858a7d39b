import HubSpokeCore
import Testing

@testable import HubSpokeDiagram

/// Two hubs (each with a GatewaySubnet), peered with each other, each with its own spokes,
/// and one VNet peered with nothing.
func twoHubDesign() -> Design {
    func vnet(_ name: String, _ prefix: String, hub: Bool = false, peers: [String]) -> VirtualNetwork {
        VirtualNetwork(
            name: name, addressPrefixes: [prefix + ".0.0/16"],
            subnets: hub ? [Subnet(name: "GatewaySubnet", addressPrefixes: [prefix + ".0.0/27"])] : [],
            virtualNetworkPeerings: peers.map {
                VirtualNetworkPeering(name: "\(name)-to-\($0)", remoteVirtualNetwork: $0)
            })
    }
    return Design(virtualNetworks: [
        vnet("hub-weu", "10.0", hub: true, peers: ["hub-neu", "spoke-a", "spoke-b"]),
        vnet("spoke-a", "10.1", peers: ["hub-weu"]),
        vnet("hub-neu", "10.100", hub: true, peers: ["hub-weu", "spoke-c"]),
        vnet("spoke-b", "10.2", peers: ["hub-weu"]),
        vnet("spoke-c", "10.101", peers: ["hub-neu"]),
        vnet("lonely", "10.200", peers: []),
    ])
}

@Suite struct DiagramLayoutTests {
    @Test func hubGoesInTheMiddleWithSpokesAboveAndBelow() {
        let layout = DiagramLayout(design: Examples.hubAndSpoke)
        #expect(layout.groups.count == 1)
        let group = layout.groups[0]
        #expect(group.hub == 0 && group.isHub)
        // design order, the first half (rounded up) above
        #expect(group.above == [1, 2])
        #expect(group.below == [3])
        #expect(layout.width == 2 && layout.hiddenCount == 0)
    }

    @Test func oneRowPutsEverySpokeAbove() {
        let layout = DiagramLayout(design: Examples.hubAndSpoke, twoRows: false)
        #expect(layout.groups[0].above == [1, 2, 3])
        #expect(layout.groups[0].below.isEmpty)
        #expect(!layout.hasRowBelow)
    }

    @Test func aDesignWithoutHubsPutsItsFirstVNetInTheMiddle() {
        let layout = DiagramLayout(design: Examples.tutorial)
        #expect(layout.groups.count == 1)
        #expect(layout.groups[0].hub == 0 && !layout.groups[0].isHub)
        #expect(layout.groups[0].above == [1])
    }

    @Test func severalHubsSitSideBySideEachWithItsOwnSpokes() {
        let layout = DiagramLayout(design: twoHubDesign())
        #expect(layout.groups.map(\.hub) == [0, 2])
        #expect(layout.groups.allSatisfy { $0.isHub })
        #expect(layout.groups[0].above == [1] && layout.groups[0].below == [3])
        // the VNet peered with nothing joins the last group, after its spokes
        #expect(layout.groups[1].above == [4] && layout.groups[1].below == [5])
        #expect(Set(layout.placed) == Set(0..<6))
    }

    @Test func slotsLimitWhatIsShownAndCountTheRest() {
        let layout = DiagramLayout(design: Examples.hubAndSpoke, slotsPerRow: 1)
        #expect(layout.groups[0].above == [1] && layout.groups[0].below == [2])
        #expect(layout.hiddenCount == 1)
        let twoHubs = DiagramLayout(design: twoHubDesign(), slotsPerRow: 1, twoRows: false)
        #expect(twoHubs.groups.count == 1)
        // spoke-b, then the second hub with its spoke and the lonely VNet
        #expect(twoHubs.hiddenCount == 4)
    }

    @Test func anEmptyDesignHasNoGroups() {
        let layout = DiagramLayout(design: Design())
        #expect(layout.groups.isEmpty && layout.width == 0 && layout.hiddenCount == 0)
    }
}
