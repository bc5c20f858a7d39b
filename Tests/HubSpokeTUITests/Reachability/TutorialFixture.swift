import HubSpokeCore

@testable import HubSpokeTUI

/// The seed tutorial as the reachability tests use it: its two VMs, its two peering halves,
/// and an app state opened on it and validated.
enum TutorialFixture {
    static let vm1 = "vmprodaewv001"
    static let vm2 = "vmprodasewv001"
    static let primaryHalf = "vnet-prod-ae-wv-001/virtualNetworkPeerings/peer-to-secondary"
    static let secondaryHalf = "vnet-prod-ae-wv-002/virtualNetworkPeerings/peer-to-primary"

    static func state(width: Int = 120, height: Int = 40) -> AppState {
        var state = AppState(design: Examples.tutorial, filePath: nil, width: width, height: height)
        _ = send(&state, .validated(testValidator.validate(state.design), revision: state.designRevision))
        return state
    }
}
