import HubSpokeCore
import Testing

@testable import HubSpokeDiagram

@Suite struct TopologyPictureTests {
    @Test func nodesCarryRolesSubnetsAndServices() {
        let picture = TopologyPicture(design: Examples.hubAndSpoke)
        let hub = picture.nodes[0]
        #expect(hub.role == .hub)
        #expect(hub.subnets.map(\.label).contains("GatewaySubnet 10.0.0.0/27"))
        #expect(hub.services.map(\.kind) == [.gateway, .firewall, .bastion])
        #expect(hub.services[0].label == "GW vgw-hub Vpn VpnGw2AZ")
        #expect(picture.nodes[1].role == .spoke)
    }

    @Test func eachPeeringIsOneEdgeWithBothHalvesHubSideFirst() {
        let picture = TopologyPicture(design: Examples.hubAndSpoke)
        #expect(picture.edges.count == 3)
        let edge = picture.edges[0]
        #expect(edge.from == 0 && edge.to == 1 && edge.kind == .hubToSpoke)
        #expect(edge.fromHalf?.flags == "AFG-" && edge.toHalf?.flags == "AF-R")
        #expect(edge.isConnected && edge.label == "AFG- / AF-R")
    }

    @Test func aMissingHalfLeavesTheEdgeNotConnected() {
        var design = Examples.hubAndSpoke
        design.virtualNetworks[1].virtualNetworkPeerings = []
        let picture = TopologyPicture(design: design)
        let edge = picture.edges.first { $0.to == 1 }!
        #expect(!edge.isConnected)
        #expect(edge.label == "AFG- / none")
    }

    @Test func hubToHubPeeringsAreEdgesBetweenTheMiddleBand() {
        let picture = TopologyPicture(design: twoHubDesign())
        let link = picture.edges.first { $0.kind == .hubToHub }
        #expect(link?.from == 0 && link?.to == 2 && link?.isConnected == true)
        #expect(picture.nodes[5].role == .standalone)
    }

    @Test func findingsMarkSubnetsThroughTheirNICsSecurityGroupsAndEdgesThroughTheirHalves() {
        let design = Examples.tutorial
        let picture = TopologyPicture(design: design, findings: Validator().validate(design))
        // SEC-001 (RDP from anywhere) is on the NSG of the NIC in PrimarySubnet
        #expect(picture.nodes[0].subnets[0].severity == .warning)
        #expect(picture.nodes[0].worstInside == .warning)
        // REF-008 (peering names) is an info on both halves
        #expect(picture.edges[0].severity == .info)
    }

    @Test func suppressedFindingsAreNotMarked() {
        let finding = Finding(
            rule: "SEC-010", severity: .error, title: "t", message: "m", resources: ["vnet-hub/subnets/GatewaySubnet"],
            suppressedReason: "accepted")
        let picture = TopologyPicture(design: Examples.hubAndSpoke, findings: [finding])
        #expect(picture.nodes[0].subnets[0].severity == nil)
    }
}
