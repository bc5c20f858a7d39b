import HubSpokeCore
import Testing

/// The seed tutorial's closing check, `Test-NetConnection <VM2> -Port 3389` from VM1, answered
/// before anything is deployed (issue 7 "Done means").
struct TutorialReachabilityTests {
    static let vm1 = "vmprodaewv001"
    static let vm2 = "vmprodasewv001"
    static let primaryHalf = "vnet-prod-ae-wv-001/virtualNetworkPeerings/peer-to-secondary"
    static let secondaryHalf = "vnet-prod-ae-wv-002/virtualNetworkPeerings/peer-to-primary"

    func analyze(_ design: Design, from: String = vm1, to: String = vm2, port: Int = 3389) throws
        -> ReachabilityResult
    {
        try ReachabilityAnalyzer(design: design).analyze(ReachabilityQuery(source: from, destination: to, port: port))
    }

    @Test func vm1ReachesVM2OnRDPThroughThePeering() throws {
        let result = try analyze(Examples.tutorial)
        #expect(result.reachable == true)
        #expect(result.hops.contains { $0.kind == .peering && $0.resource == Self.primaryHalf })
        #expect(result.hops.first?.detail.contains("10.30.10.4") == true)
        #expect(result.hops.contains { $0.kind == .destination && $0.resource == Self.vm2 })
        #expect(result.hops.contains { $0.kind == .nsg && $0.detail.contains("AllowVnetOutBound (65000)") })
    }

    @Test func dynamicAddressesAreAssignedAndSaidSo() throws {
        let result = try analyze(Examples.tutorial)
        #expect(result.hops.first?.detail.contains("first free usable address") == true)
        #expect(result.notes.contains { $0.contains("10.20.20.4") && $0.contains("dynamic") })
    }

    @Test(arguments: [0, 1])
    func accessFlagFalseOnEitherHalfBlocksAtVM1sNIC(vnet: Int) throws {
        var design = Examples.tutorial
        design.virtualNetworks[vnet].virtualNetworkPeerings[0].allowVirtualNetworkAccess = false
        let result = try analyze(design)
        #expect(result.reachable == false)
        #expect(result.decidedBy.kind == .nsg)
        #expect(result.decidedBy.resource == "nsg-prod-ae-wv-001")
        #expect(result.decidedBy.rule == "DenyAllOutBound (65500)")
        let flagged = vnet == 0 ? Self.primaryHalf : Self.secondaryHalf
        #expect(result.decidedBy.reason.contains("\(flagged) has allowVirtualNetworkAccess=false"))
        #expect(result.hops.last?.kind == .dropped)
        #expect(result.hops.last?.detail.contains("allowVirtualNetworkAccess=false") == true)
    }

    @Test(arguments: [(1, primaryHalf), (0, secondaryHalf)])
    func removingOneHalfBlocksWithTheMissingHalf(removedFrom vnet: Int, remainingHalf: String) throws {
        var design = Examples.tutorial
        design.virtualNetworks[vnet].virtualNetworkPeerings = []
        let result = try analyze(design)
        #expect(result.reachable == false)
        #expect(result.decidedBy.kind == .peering)
        #expect(result.decidedBy.resource == remainingHalf)
        #expect(result.decidedBy.reason.contains("Initiated"))
    }

    @Test func vm2ReachesVM1OnRDPThroughTheNICRule() throws {
        let result = try analyze(Examples.tutorial, from: Self.vm2, to: Self.vm1)
        #expect(result.reachable == true)
        #expect(
            result.decidedBy
                == ReachabilityDecision(
                    kind: .nsg, resource: "nsg-prod-ae-wv-001", rule: "default-allow-rdp (1000)",
                    reason: result.decidedBy.reason))
    }

    /// The flag removes the peer from the tag; it is not a hard block (PEER-004): VM1's explicit
    /// RDP rule from `*` still admits VM2, while SSH falls through to DenyAllInBound.
    @Test(arguments: [(3389, true), (22, false)])
    func accessFlagActsOnlyThroughTheTag(port: Int, reachable: Bool) throws {
        var design = Examples.tutorial
        design.virtualNetworks[1].virtualNetworkPeerings[0].allowVirtualNetworkAccess = false
        let result = try analyze(design, from: Self.vm2, to: Self.vm1, port: port)
        #expect(result.reachable == reachable)
        if !reachable {
            #expect(result.decidedBy.rule == "DenyAllInBound (65500)")
            #expect(result.decidedBy.reason.contains("\(Self.secondaryHalf) has allowVirtualNetworkAccess=false"))
            #expect(result.decidedBy.reason.contains("AllowVnetInBound (65000) no longer matches"))
        }
    }
}
