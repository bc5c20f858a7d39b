import HubSpokeCore
import Testing

@testable import HubSpokeTUI

/// The address planner in the designer: `/N` in place of a prefix, Tab proposals, and the
/// usable-address line under a prefix being edited.
@Suite struct AddressProposalTests {
    @Test func aVNetSizeBecomesTheNextFreePrefixClearOfPeersAndOnPremises() {
        var state = exampleState()
        command(&state, "add vnet vnet-spoke4 /16")
        #expect(state.design.virtualNetworks.last?.addressPrefixes == ["10.4.0.0/16"])
        #expect(state.message?.text == "added vnet-spoke4 10.4.0.0/16")
        var design = Examples.hubAndSpoke
        design.localNetworkGateways[0].addressPrefixes = ["10.4.0.0/15"]
        #expect(AddressProposal.virtualNetworkPrefix(length: 16, in: design)?.description == "10.6.0.0/16")
    }

    @Test func aSubnetSizeBecomesTheNextFreePrefixInsideTheVNet() {
        var state = exampleState()
        command(&state, "add subnet vnet-hub snet-shared /24")
        #expect(state.design.virtualNetworks[0].subnets.last?.addressPrefixes == ["10.0.3.0/24"])
        command(&state, "add subnet vnet-hub snet-small /28")
        #expect(state.design.virtualNetworks[0].subnets.last?.addressPrefixes == ["10.0.0.32/28"])
    }

    @Test(arguments: [
        ("add vnet vnet-x /7", "a virtual network is /8 to /29; /7 is outside that"),
        (
            "add subnet vnet-hub snet-x /30",
            "an IPv4 subnet is /8 to /29 (Azure reserves 5 addresses in each); /30 is not"
        ),
        ("add subnet vnet-nope snet-x /24", "no virtual network named vnet-nope"),
        (
            "add subnet vnet-hub snet-x /16",
            "vnet-hub (10.0.0.0/16) has no free /16 left for a new subnet: :set vnet-hub addressPrefixes 10.0.0.0/16,10.4.0.0/16"
        ),
    ])
    func refusals(text: String, message: String) {
        var state = exampleState()
        let before = state.design
        command(&state, text)
        #expect(state.design == before)
        #expect(state.message == StatusMessage(message, kind: .error))
    }

    @Test func tabProposesThePrefixAfterTheName() {
        var state = exampleState()
        let context = Reducer.completionContext(state)
        #expect(
            PaletteCompletion.candidates(for: "add vnet vnet-x ", context: context)
                == ["10.4.0.0/16", "10.4.0.0/20", "10.4.0.0/24"])
        #expect(PaletteCompletion.complete("add vnet vnet-x /16", context: context) == "add vnet vnet-x 10.4.0.0/16 ")
        #expect(
            PaletteCompletion.complete("add subnet vnet-hub snet-x /24", context: context)
                == "add subnet vnet-hub snet-x 10.0.3.0/24 ")
        #expect(
            PaletteCompletion.candidates(for: "add subnet vnet-hub snet-x ", context: context)
                == ["10.0.3.0/24", "10.0.0.64/26", "10.0.0.32/27"])
        #expect(PaletteCompletion.candidates(for: "add subnet vnet-hub snet-x 192.", context: context).isEmpty)
        // Through the keyboard: Tab fills the proposal in the command line.
        type(&state, ":add vnet vnet-x /16")
        _ = send(&state, .key(KeyEvent(.tab)))
        #expect(state.mode == .command(LineInput("add vnet vnet-x 10.4.0.0/16 ")))
    }

    @Test(arguments: [
        ("10.1.0.0/24", true, ["10.1.0.0/24: 251 usable (Azure reserves 5)"]),
        ("10.1.0.0/29", true, ["10.1.0.0/29: 3 usable (Azure reserves 5)"]),
        ("10.1.0.0/16", false, ["10.1.0.0/16: 65,536 addresses"]),
        (
            "10.0.0.0/8, 172.16.0.0/12", false,
            ["10.0.0.0/8: 16,777,216 addresses", "172.16.0.0/12: 1,048,576 addresses"]
        ),
    ])
    func usageOfTypedPrefixes(text: String, forSubnet: Bool, expected: [String]) {
        #expect(AddressProposal.usage(of: text, forSubnet: forSubnet) == expected)
    }

    @Test func usageIsNilUntilThePrefixParses() {
        #expect(AddressProposal.usage(of: "10.1.0.", forSubnet: true) == nil)
        #expect(AddressProposal.usage(of: "", forSubnet: true) == nil)
        #expect(AddressProposal.usage(editing: "addressPrefix", at: .route(0, 0), text: "10.0.0.0/24") == nil)
    }
}
