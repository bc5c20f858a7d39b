import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct ReducerTests {
    @Test func paletteScenarioRaisesAndClearsTheGatewayTransitFinding() {
        var state = exampleState()
        #expect(state.findings.isEmpty)
        command(&state, "add vnet vnet-spoke4 10.4.0.0/16")
        command(&state, "add subnet vnet-spoke4 snet-app 10.4.1.0/24")
        command(&state, "peer vnet-hub vnet-spoke4")
        #expect(state.selectedPath == "vnet-hub/virtualNetworkPeerings/vnet-hub-to-vnet-spoke4")
        command(&state, "set vnet-spoke4/peerings/vnet-spoke4-to-vnet-hub useRemoteGateways true")
        #expect(state.findings.map(\.rule) == ["PEER-009"])
        #expect(state.findings.first?.resources == ["vnet-spoke4/virtualNetworkPeerings/vnet-spoke4-to-vnet-hub"])
        command(&state, "set vnet-hub/peerings/vnet-hub-to-vnet-spoke4 allowGatewayTransit true")
        #expect(state.findings.isEmpty)
        #expect(state.isDirty)
        #expect(state.undoStack.count == 5)
    }

    @Test func undoAndRedoWalkPastDesigns() {
        var state = exampleState()
        let original = state.design
        command(&state, "add vnet vnet-x 10.9.0.0/16")
        let added = state.design
        _ = send(&state, .key(.char("u")))
        #expect(state.design == original)
        _ = send(&state, .key(.ctrl("r")))
        #expect(state.design == added)
        command(&state, "undo")
        #expect(state.design == original)
        command(&state, "redo")
        #expect(state.design == added)
        _ = send(&state, .key(.char("u")), .key(.char("u")))
        #expect(state.message?.text == "nothing to undo")
    }

    @Test func refusedCommandsChangeNothingAndSayWhy() {
        var state = exampleState()
        let before = state.design
        command(&state, "add vnet vnet-x 10.0.0.0/33")
        #expect(state.design == before)
        #expect(!state.isDirty)
        #expect(
            state.message
                == StatusMessage(
                    "'10.0.0.0/33' is not a valid prefix: prefix length must be a whole number from 0 to 32",
                    kind: .error))
    }

    @Test func fieldEditorRefusesABadCIDRAndKeepsEditing() {
        var state = exampleState()
        command(&state, "goto vnet-spoke1/subnets/snet-app")
        #expect(state.focus == .inspector)
        _ = send(&state, .key(KeyEvent(.enter)))
        guard case .editField(let path, let field, let input) = state.mode else {
            Issue.record("not editing: \(state.mode)")
            return
        }
        #expect(path == "vnet-spoke1/subnets/snet-app")
        #expect(field == "addressPrefix")
        #expect(input.text == "10.1.1.0/24")
        _ = send(&state, .key(KeyEvent(.backspace)), .key(KeyEvent(.backspace)))
        type(&state, "33")
        guard case .editField(_, _, let typing) = state.mode else {
            Issue.record("editor closed while typing")
            return
        }
        #expect(typing.error?.contains("prefix length must be a whole number from 0 to 32") == true)
        _ = send(&state, .key(KeyEvent(.enter)))
        guard case .editField(_, _, let refused) = state.mode else {
            Issue.record("editor closed on a bad value")
            return
        }
        #expect(refused.error?.contains("not a valid prefix") == true)
        #expect(state.design.virtualNetworks[1].subnets[0].addressPrefixes == ["10.1.1.0/24"])
        _ = send(&state, .key(KeyEvent(.backspace)), .key(KeyEvent(.backspace)))
        type(&state, "25")
        _ = send(&state, .key(KeyEvent(.enter)))
        #expect(state.mode == .normal)
        #expect(state.design.virtualNetworks[1].subnets[0].addressPrefixes == ["10.1.1.0/25"])
    }

    @Test func peeringEditorTogglesEitherHalfWithSpace() {
        var state = exampleState()
        command(&state, "goto vnet-spoke1/peerings/spoke1-to-hub")
        // row 3 = useRemoteGateways on this half
        _ = send(&state, .key(KeyEvent(.down)), .key(KeyEvent(.down)), .key(KeyEvent(.down)), .key(.char(" ")))
        #expect(state.design.virtualNetworks[1].virtualNetworkPeerings[0].useRemoteGateways == false)
        // row 2 = allowGatewayTransit on the remote (hub) half
        _ = send(&state, .key(KeyEvent(.up)), .key(.char("l")), .key(.char(" ")))
        #expect(state.design.virtualNetworks[0].virtualNetworkPeerings[0].allowGatewayTransit == false)
        _ = send(&state, .key(.char("g")))
        #expect(state.design.virtualNetworks[0].virtualNetworkPeerings[0].allowGatewayTransit)
        #expect(state.design.virtualNetworks[1].virtualNetworkPeerings[0].useRemoteGateways)
    }

    @Test func enterOnAFindingJumpsToItsItemAndField() {
        var state = exampleState()
        command(&state, "set vnet-hub/peerings/hub-to-spoke2 allowGatewayTransit false")
        #expect(state.findings.count == 1)
        command(&state, "goto vnet-hub")
        _ = send(&state, .key(KeyEvent(.tab)))
        #expect(state.focus == .findings)
        _ = send(&state, .key(KeyEvent(.enter)))
        #expect(state.selectedPath == "vnet-spoke2/virtualNetworkPeerings/spoke2-to-hub")
        #expect(state.focus == .inspector)
        #expect(state.inspectorSelection == 3)
    }

    @Test func quitAsksWhenDirtyAndSavesWithAPathPrompt() {
        var state = exampleState()
        #expect(send(&state, .key(.char("q"))) == [.discardRecovery, .quit(code: 0)])
        command(&state, "add vnet vnet-x 10.9.0.0/16")
        #expect(send(&state, .key(.char("q"))).isEmpty)
        #expect(state.mode == .quitPrompt)
        #expect(send(&state, .key(.char("c"))).isEmpty)
        #expect(state.mode == .normal)
        _ = send(&state, .key(.char("q")))
        #expect(send(&state, .key(.char("s"))).isEmpty)
        guard case .askSavePath(_, let quitAfter) = state.mode else {
            Issue.record("no path prompt: \(state.mode)")
            return
        }
        #expect(quitAfter)
        for _ in 0..<30 { _ = send(&state, .key(KeyEvent(.backspace))) }
        type(&state, "/tmp/new.hubspoke.json")
        let effects = send(&state, .key(KeyEvent(.enter)))
        #expect(effects == [.save(design: state.design, path: "/tmp/new.hubspoke.json", quitAfter: true)])
        #expect(send(&state, .saved(path: "/tmp/new.hubspoke.json", quitAfter: true)) == [.quit(code: 0)])
        #expect(!state.isDirty)
        #expect(state.filePath == "/tmp/new.hubspoke.json")
    }

    @Test func quitDiscardAndForceQuit() {
        var state = exampleState()
        command(&state, "add vnet vnet-x 10.9.0.0/16")
        _ = send(&state, .key(.char("q")))
        #expect(send(&state, .key(.char("d"))) == [.discardRecovery, .quit(code: 0)])
        var other = exampleState()
        command(&other, "add vnet vnet-x 10.9.0.0/16")
        #expect(command(&other, "q!") == [.discardRecovery, .quit(code: 0)])
    }

    @Test func saveUsesTheFilePathAndCtrlS() {
        var state = AppState(design: Design(), filePath: "/tmp/a.hubspoke.json")
        #expect(
            send(&state, .key(.ctrl("s"))) == [.save(design: Design(), path: "/tmp/a.hubspoke.json", quitAfter: false)])
        #expect(
            command(&state, "w /tmp/b.hubspoke.json") == [
                .save(design: Design(), path: "/tmp/b.hubspoke.json", quitAfter: false)
            ])
        _ = send(&state, .saveFailed("disk full"))
        #expect(state.message?.kind == .error)
    }

    @Test func editRefusesToDropUnsavedChanges() {
        var state = exampleState()
        #expect(command(&state, "e other.hubspoke.json") == [.load(path: "other.hubspoke.json")])
        command(&state, "add vnet vnet-x 10.9.0.0/16")
        #expect(command(&state, "e other.hubspoke.json").isEmpty)
        #expect(state.message?.text.hasPrefix("unsaved changes") == true)
    }

    @Test func deleteAsksFirst() {
        var state = exampleState()
        command(&state, "goto vnet-spoke3")
        _ = send(&state, .key(KeyEvent(.escape)), .key(.char("d")))
        #expect(state.mode == .confirmDelete(path: "vnet-spoke3"))
        _ = send(&state, .key(.char("n")))
        #expect(state.design.virtualNetworks.count == 4)
        _ = send(&state, .key(.char("d")), .key(.char("y")))
        #expect(state.design.virtualNetworks.count == 3)
        #expect(state.selectedPath != nil)
    }

    @Test func filterNarrowsTheTreeKeepingParents() {
        var state = exampleState()
        _ = send(&state, .key(.char("/")))
        type(&state, "spoke2-to")
        let labels = state.outline.rows.indices.map { state.outline.describe(row: $0, in: state.design).label }
        #expect(labels == ["vnet-spoke2", "spoke2-to-hub"])
        _ = send(&state, .key(KeyEvent(.escape)))
        #expect(state.topologyFilter.isEmpty)
        #expect(state.outline.rows.count > 15)
    }

    @Test func tabCyclesPanesAndArrowsMoveTheSelection() {
        var state = exampleState()
        #expect(state.selectedPath == "vnet-hub")
        _ = send(&state, .key(.char("j")), .key(KeyEvent(.down)))
        #expect(state.selectedPath == "vnet-hub/subnets/AzureFirewallSubnet")
        _ = send(&state, .key(KeyEvent(.tab)))
        #expect(state.focus == .inspector)
        _ = send(&state, .key(KeyEvent(.tab)), .key(KeyEvent(.tab)))
        #expect(state.focus == .topology)
        _ = send(&state, .key(KeyEvent(.backTab)))
        #expect(state.focus == .findings)
        _ = send(&state, .key(KeyEvent(.backTab)), .key(KeyEvent(.backTab)), .key(.char("G")))
        #expect(state.selectedPath == "rt-gateway")
    }

    @Test func mouseClickFocusesAndSelectsAndWheelScrolls() {
        var state = exampleState()
        // row 3 of the tree content is the AzureBastionSubnet (row 0 vnet-hub)
        _ = send(&state, .mouse(MouseEvent(.press(button: 1), x: 5, y: 4)))
        #expect(state.focus == .topology)
        #expect(state.selectedPath == "vnet-hub/subnets/AzureBastionSubnet")
        _ = send(&state, .mouse(MouseEvent(.press(button: 1), x: 70, y: 4)))
        #expect(state.focus == .inspector)
        #expect(state.inspectorSelection == 1)
        _ = send(&state, .mouse(MouseEvent(.press(button: 1), x: 5, y: 1)), .mouse(MouseEvent(.wheelDown, x: 5, y: 5)))
        #expect(state.selectedPath == "vnet-hub/subnets/AzureBastionSubnet")
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var state = exampleState()
        _ = send(&state, .key(.char("G")))
        #expect(state.topologyScroll > 0)
        _ = send(&state, .resize(width: 200, height: 120))
        #expect(state.topologyScroll == 0)
        #expect(state.width == 200)
    }

    @Test func helpFiltersAsYouType() {
        var state = exampleState()
        _ = send(&state, .key(.char("?")))
        type(&state, "undo")
        #expect(state.mode == .help(filter: "undo"))
        #expect(KeyBinding.matching("undo").map(\.keys) == ["u / Ctrl-R", ":undo / :redo"])
        _ = send(&state, .key(KeyEvent(.escape)))
        #expect(state.mode == .normal)
    }

    @Test func staleValidationResultsAreIgnored() {
        var state = exampleState()
        let stale = state.designRevision
        command(&state, "add vnet vnet-x 10.9.0.0/16")
        _ = Reducer.reduce(&state, .validated([], revision: stale))
        #expect(state.findings.map(\.rule) == ["SUB-099"])
    }

    @Test func recoveryPromptRecoversAsOneUndoableChange() {
        var state = AppState(design: Design(), filePath: "/tmp/r.hubspoke.json")
        state.pendingRecovery = Examples.hubAndSpoke
        state.mode = .recoveryPrompt
        _ = send(&state, .key(.char("r")))
        #expect(state.design == Examples.hubAndSpoke)
        #expect(state.isDirty)
        _ = send(&state, .key(.char("u")))
        #expect(state.design == Design())
        var discard = AppState(design: Design(), filePath: "/tmp/r.hubspoke.json")
        discard.mode = .recoveryPrompt
        #expect(send(&discard, .key(.char("d"))) == [.discardRecovery])
    }

    @Test func commandLineCompletesWithTab() {
        var state = exampleState()
        type(&state, ":peer vnet-h")
        _ = send(&state, .key(KeyEvent(.tab)))
        #expect(state.mode == .command(LineInput("peer vnet-hub ")))
    }
}
