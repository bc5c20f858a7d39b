import HubSpokeCore

@testable import HubSpokeTUI

/// The example with one PEER-009 error (spoke1-to-hub) and two SUB-099 infos (vnet-x,
/// vnet-y), the validation pane focused and its first row (the error) selected.
func findingsState(width: Int = 120, height: Int = 40) -> AppState {
    var state = exampleState(width: width, height: height)
    command(&state, "set vnet-hub/peerings/hub-to-spoke1 allowGatewayTransit false")
    command(&state, "add vnet vnet-x 10.9.0.0/16")
    command(&state, "add vnet vnet-y 10.10.0.0/16")
    _ = send(&state, .key(KeyEvent(.tab)), .key(KeyEvent(.tab)))
    return state
}

let spokePeeringPath = "vnet-spoke1/virtualNetworkPeerings/spoke1-to-hub"

func press(_ state: inout AppState, _ key: Key, _ modifiers: KeyModifiers = []) -> [Effect] {
    send(&state, .key(KeyEvent(key, modifiers)))
}
