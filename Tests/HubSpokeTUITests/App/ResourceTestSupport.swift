import HubSpokeCore

@testable import HubSpokeTUI

/// A validated state whose design is one VNet with one subnet, then `commands` typed into it:
/// the starting point of the resource command, field and view tests.
func singleVNetState(
    _ name: String = "vnet-hub", space: String = "10.0.0.0/16", subnet: String = "snet-app",
    subnetPrefix: String = "10.0.10.0/24", location: String? = nil, commands: [String] = []
) -> AppState {
    var state = AppState(
        design: Design(virtualNetworks: [
            VirtualNetwork(
                name: name, placement: Placement(location: location), addressPrefixes: [space],
                subnets: [Subnet(name: subnet, addressPrefixes: [subnetPrefix])])
        ]), filePath: nil)
    _ = send(&state, .validated(testValidator.validate(state.design), revision: state.designRevision))
    for text in commands { command(&state, text) }
    return state
}
