import HubSpokeCore
import Testing

@testable import HubSpokeTUI

/// The inspector for the resources `:add` creates, rendered into the in-memory grid.
@Suite struct ResourceInspectorViewTests {
    func rendered(_ state: AppState) -> CellGrid { Screen.render(state).grid }

    func hub() -> AppState {
        singleVNetState(commands: [
            "add firewall vnet-hub", "add bastion vnet-hub", "add vm vm-a vnet-hub/subnets/snet-app 10.0.10.4",
        ])
    }

    @Test func theNewSubnetsAndServicesAppearInTheTree() {
        let grid = rendered(hub())
        #expect(grid.text.contains("AzureFirewallSubnet  10.0.0.0/26"))
        #expect(grid.text.contains("AzureBastionSubnet  10.0.0.64/26"))
        #expect(grid.text.contains("afw-hub"))
        #expect(grid.text.contains("bas-hub"))
        #expect(grid.text.contains("vm-a"))
    }

    @Test func theVMInspectorShowsThePasswordOnlyAsASecureParameter() throws {
        let state = hub()
        let grid = rendered(state)
        #expect(state.selectedPath == "vm-a")
        let size = try #require(grid.find("vmSize").map { $0 })
        #expect(grid.row(size.y).contains("Standard_B2s"))
        let password = try #require(grid.find("adminPassword"))
        #expect(grid.row(password.y).contains("secure parameter adminPassword"))
        let user = try #require(grid.find("adminUsername"))
        #expect(grid.row(user.y).contains("parameter adminUsername"))
        #expect(grid.row(size.y + 1).contains("Windows"))
    }

    @Test func editingASubnetPrefixShowsTheUsableAddressesAsYouType() throws {
        var state = hub()
        command(&state, "goto vnet-hub/subnets/snet-app")
        _ = send(&state, .key(KeyEvent(.enter)), .key(.ctrl("u")))
        type(&state, "10.0.20.0/24")
        var grid = rendered(state)
        let line = grid.find("10.0.20.0/24: 251 usable (Azure reserves")
        #expect(line != nil, "\(grid.text)")
        #expect(line.map { grid[$0.x, $0.y].role } == .muted)
        type(&state, "x")
        grid = rendered(state)
        #expect(grid.find("usable") == nil)
        #expect(grid.text.contains("✖ '10.0.20.0/24x' is not a valid prefix"))
    }

    @Test func editingAVNetPrefixShowsItsAddressCount() throws {
        var state = hub()
        command(&state, "goto vnet-hub")
        _ = send(&state, .key(KeyEvent(.enter)), .key(.ctrl("u")))
        type(&state, "10.0.0.0/16,10.9.0.0/24")
        let grid = rendered(state)
        #expect(grid.text.contains("10.0.0.0/16: 65,536 addresses"), "\(grid.text)")
        #expect(grid.text.contains("10.9.0.0/24: 256 addresses"), "\(grid.text)")
    }

    @Test func theDeleteDialogNamesThePublicIPThatGoesAlong() {
        var state = hub()
        command(&state, "goto bas-hub")
        _ = send(&state, .key(.char("d")))
        let text = rendered(state).text
        #expect(text.contains("Delete bas-hub?"))
        #expect(text.contains("also removes pip-bas-hub (used by nothing else)"))
        _ = send(&state, .key(.char("n")))
        command(&state, "goto vnet-hub/subnets/snet-app")
        _ = send(&state, .key(.char("d")))
        #expect(!rendered(state).text.contains("also removes"))
    }

    @Test func helpListsTheResourceCommands() {
        var state = hub()
        _ = send(&state, .key(.char("?")))
        type(&state, "firewall")
        let grid = rendered(state)
        #expect(grid.text.contains(":add firewall VNET"))
        #expect(KeyBinding.matching(":add vm").first?.action.contains("secure parameter") == true)
        #expect(KeyBinding.matching("next free /16").count == 1)
        #expect(KeyBinding.matching(":add gateway").count == 1)
        #expect(KeyBinding.matching(":add bastion").count == 1)
        #expect(KeyBinding.matching(":add nva").count == 1)
        #expect(KeyBinding.matching(":add publicip").count == 1)
    }
}
