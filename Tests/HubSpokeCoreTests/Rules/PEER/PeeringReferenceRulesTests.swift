import Testing

@testable import HubSpokeCore

@Suite struct PeeringRemoteNotFoundTests {
    @Test func firesOnAPathThatNamesNoVNet() throws {
        let design = PeeringFixtures.pair(VirtualNetworkPeering(name: "a-to-b", remoteVirtualNetwork: "vnet-bee"))
        let findings = PeeringFixtures.findings(PeeringRemoteNotFound(), design)
        let f = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(f.rule == "PEER-001" && f.severity == .error)
        #expect(f.resources == ["vnet-a/virtualNetworkPeerings/a-to-b", "vnet-a"])
        #expect(f.field == "remoteVirtualNetwork")
        #expect(f.message.contains("vnet-bee, which is not a virtual network in the design"))
    }

    @Test func firesOnAResourceIDOfAnotherType() throws {
        let id = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg-x"
        let design = PeeringFixtures.pair(VirtualNetworkPeering(name: "a-to-b", remoteVirtualNetwork: id))
        let f = try #require(PeeringFixtures.findings(PeeringRemoteNotFound(), design).first)
        #expect(f.message.contains("not of a virtual network"))
    }

    @Test(arguments: [
        "/subscriptions/s1/resourceGroups/rg-conn/providers/Microsoft.Network/virtualNetworks/vnet-remote",
        "vnet-b",
    ])
    func nearMissValidReferencesDoNotFire(_ remote: String) {
        let design = PeeringFixtures.pair(VirtualNetworkPeering(name: "a-to-b", remoteVirtualNetwork: remote))
        #expect(PeeringFixtures.findings(PeeringRemoteNotFound(), design).isEmpty)
    }
}

@Suite struct PeeringToSelfOrDuplicateTests {
    @Test func firesOnSelfPeering() throws {
        let design = PeeringFixtures.pair(VirtualNetworkPeering(name: "a-to-a", remoteVirtualNetwork: "vnet-a"))
        let f = try #require(PeeringFixtures.findings(PeeringToSelfOrDuplicate(), design).first)
        #expect(f.rule == "PEER-002" && f.severity == .error)
        #expect(f.resources.first == "vnet-a/virtualNetworkPeerings/a-to-a")
        #expect(f.message.contains("with itself"))
    }

    @Test func firesOnTheSecondPeeringToOneRemote() throws {
        var design = PeeringFixtures.pair()
        design[vnet: "vnet-a"].virtualNetworkPeerings.append(
            VirtualNetworkPeering(name: "a-to-b-again", remoteVirtualNetwork: "VNET-B"))
        let findings = PeeringFixtures.findings(PeeringToSelfOrDuplicate(), design)
        #expect(findings.count == 1)
        #expect(
            findings.first?.resources == [
                "vnet-a/virtualNetworkPeerings/a-to-b-again", "vnet-a/virtualNetworkPeerings/a-to-b",
            ])
        #expect(findings.first?.message.contains("a second time") == true)
    }

    @Test func nearMissOnePeeringEachWayDoesNotFire() {
        #expect(PeeringFixtures.findings(PeeringToSelfOrDuplicate(), PeeringFixtures.pair()).isEmpty)
    }
}

@Suite struct PeeringReverseHalfMissingTests {
    @Test func firesWhenTheRemoteInTheDesignHasNoHalfBack() throws {
        var design = PeeringFixtures.pair(
            VirtualNetworkPeering(name: "a-to-b", remoteVirtualNetwork: "vnet-b", useRemoteGateways: true))
        design[vnet: "vnet-b"].virtualNetworkPeerings = []
        let findings = PeeringFixtures.findings(PeeringReverseHalfMissing(), design)
        let f = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(f.rule == "PEER-003" && f.severity == .error)
        #expect(f.resources == ["vnet-a/virtualNetworkPeerings/a-to-b", "vnet-b"])
        #expect(f.message.contains("stays Initiated"))
        #expect(f.message.contains("allowGatewayTransit: true"))
    }

    @Test func nearMissBothHalvesPresentDoesNotFire() {
        #expect(PeeringFixtures.findings(PeeringReverseHalfMissing(), PeeringFixtures.pair()).isEmpty)
    }

    @Test func nearMissExistingRemoteIsLeftToPEER022() {
        var design = PeeringFixtures.pair()
        design[vnet: "vnet-b"].isExisting = true
        design[vnet: "vnet-b"].virtualNetworkPeerings = []
        #expect(PeeringFixtures.findings(PeeringReverseHalfMissing(), design).isEmpty)
    }

    @Test func skipsWhenTheRemoteHasAPeeringTheReaderCouldNotEvaluate() {
        var design = PeeringFixtures.pair()
        design[vnet: "vnet-b"].virtualNetworkPeerings[0].remoteVirtualNetwork = "vnet-somewhere"
        let unknowns = UnknownValues([
            .init(resource: "vnet-b/virtualNetworkPeerings/b-to-a", field: "remoteVirtualNetwork", sourceText: "param")
        ])
        #expect(Validator(rules: [PeeringReverseHalfMissing()]).validate(design, unknowns: unknowns).isEmpty)
    }
}

@Suite struct PeeringVirtualNetworkAccessOffTests {
    @Test func firesWhenAccessIsOff() throws {
        let design = PeeringFixtures.pair(
            VirtualNetworkPeering(name: "a-to-b", remoteVirtualNetwork: "vnet-b", allowVirtualNetworkAccess: false))
        let f = try #require(PeeringFixtures.findings(PeeringVirtualNetworkAccessOff(), design).first)
        #expect(f.rule == "PEER-004" && f.severity == .warning)
        #expect(f.resources.first == "vnet-a/virtualNetworkPeerings/a-to-b")
        #expect(f.field == "allowVirtualNetworkAccess")
        #expect(f.message.contains("VirtualNetwork tag"))
    }

    @Test func nearMissAccessOnDoesNotFire() {
        #expect(PeeringFixtures.findings(PeeringVirtualNetworkAccessOff(), PeeringFixtures.pair()).isEmpty)
    }
}

@Suite struct DuplicatePeeringNameTests {
    @Test func firesOnTwoPeeringsWithOneName() throws {
        var design = PeeringFixtures.hub(spokes: 2)
        design[vnet: "vnet-hub"].virtualNetworkPeerings[1].name = "HUB-TO-SPOKE1"
        let f = try #require(PeeringFixtures.findings(DuplicatePeeringName(), design).first)
        #expect(f.rule == "PEER-019" && f.severity == .info)
        #expect(f.resources.first == "vnet-hub/virtualNetworkPeerings/HUB-TO-SPOKE1")
        #expect(f.message.contains("two peerings named HUB-TO-SPOKE1"))
    }

    @Test func nearMissDistinctNamesDoNotFire() {
        #expect(PeeringFixtures.findings(DuplicatePeeringName(), PeeringFixtures.hub(spokes: 2)).isEmpty)
    }
}

@Suite struct RemoteOutsideDesignTests {
    @Test func reportsSkippedChecksForAnExistingRemote() throws {
        var design = PeeringFixtures.pair()
        design[vnet: "vnet-b"].isExisting = true
        let findings = PeeringFixtures.findings(RemoteOutsideDesign(), design)
        let f = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(f.rule == "PEER-022" && f.severity == .info)
        #expect(f.resources == ["vnet-a/virtualNetworkPeerings/a-to-b", "vnet-b"])
        for id in ["PEER-003", "PEER-009", "PEER-010", "ADDR-008", "ADDR-013"] { #expect(f.message.contains(id)) }
    }

    @Test func reportsAnExternalResourceID() throws {
        let id = "/subscriptions/s1/resourceGroups/rg-conn/providers/Microsoft.Network/virtualNetworks/vnet-remote"
        let design = PeeringFixtures.pair(VirtualNetworkPeering(name: "a-to-b", remoteVirtualNetwork: id))
        let f = try #require(PeeringFixtures.findings(RemoteOutsideDesign(), design).first)
        #expect(f.message.contains("vnet-remote, which is outside the design"))
    }

    @Test func nearMissRemotesInTheDesignOrMalformedDoNotFire() {
        #expect(PeeringFixtures.findings(RemoteOutsideDesign(), PeeringFixtures.pair()).isEmpty)
        let bad = PeeringFixtures.pair(VirtualNetworkPeering(name: "a-to-b", remoteVirtualNetwork: "/subscriptions/x"))
        #expect(PeeringFixtures.findings(RemoteOutsideDesign(), bad).isEmpty)
    }
}

@Suite struct PeeringAcrossSubscriptionsTests {
    @Test func firesWhenTheTwoVNetsAreInDifferentSubscriptions() throws {
        var design = PeeringFixtures.pair()
        design[vnet: "vnet-a"].placement.subscriptionId = "sub-one"
        design[vnet: "vnet-b"].placement.subscriptionId = "sub-two"
        let findings = PeeringFixtures.findings(PeeringAcrossSubscriptions(), design)
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.rule == "PEER-018" && $0.severity == .info })
        #expect(findings.first?.message.contains("Network Contributor") == true)
    }

    @Test func nearMissSameSubscriptionDoesNotFire() {
        var design = PeeringFixtures.pair()
        design[vnet: "vnet-a"].placement.subscriptionId = "sub-one"
        design[vnet: "vnet-b"].placement.subscriptionId = "SUB-ONE"
        #expect(PeeringFixtures.findings(PeeringAcrossSubscriptions(), design).isEmpty)
    }
}
