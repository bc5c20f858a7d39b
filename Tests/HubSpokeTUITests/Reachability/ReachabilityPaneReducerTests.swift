import HubSpokeCore
import Testing

@testable import HubSpokeTUI

/// The reachability pane driven by actions: `:reach`, the `r` form (fields, completion,
/// protocol), the live answer after edits and undo, and jumping from a hop to its resource.
@Suite struct ReachabilityPaneReducerTests {
    func press(_ state: inout AppState, _ key: Key, _ modifiers: KeyModifiers = []) {
        _ = send(&state, .key(KeyEvent(key, modifiers)))
    }

    @Test func reachCommandOpensThePaneWithTheTutorialRDPPathThroughThePeering() throws {
        var state = TutorialFixture.state()
        command(&state, "reach \(TutorialFixture.vm1) \(TutorialFixture.vm2) 3389")
        let pane = state.reachability
        #expect(pane.isOpen)
        #expect(!pane.isEditing)
        #expect(
            pane.query
                == ReachabilityQuery(
                    source: TutorialFixture.vm1, destination: TutorialFixture.vm2, protocol: .tcp, port: 3389))
        #expect(
            pane.from.text == TutorialFixture.vm1 && pane.to.text == TutorialFixture.vm2 && pane.port.text == "3389")
        let result = try #require(pane.result)
        #expect(result.reachable == true)
        #expect(result.hops.contains { $0.kind == .peering && $0.resource == TutorialFixture.primaryHalf })
        #expect(pane.outcomeRevision == state.designRevision)
        #expect(state.message?.text == "reach \(TutorialFixture.vm1) -> \(TutorialFixture.vm2): reachable")
    }

    @Test func theAnswerFollowsAPeeringFlagEditAndItsUndo() throws {
        var state = TutorialFixture.state()
        command(&state, "reach \(TutorialFixture.vm1) \(TutorialFixture.vm2) 3389")
        command(&state, "set vnet-prod-ae-wv-002/peerings/peer-to-primary allowVirtualNetworkAccess false")
        #expect(state.reachability.isOpen)
        let blocked = try #require(state.reachability.result)
        #expect(blocked.reachable == false)
        #expect(
            blocked.decidedBy.reason.contains("\(TutorialFixture.secondaryHalf) has allowVirtualNetworkAccess=false"))
        #expect(blocked.hops.last?.kind == .dropped)
        #expect(state.reachability.outcomeRevision == state.designRevision)
        press(&state, .character("u"))
        #expect(state.reachability.result?.reachable == true)
        #expect(state.reachability.isOpen)
    }

    @Test func removingTheReverseHalfBlocksWithTheRemainingHalfNamed() throws {
        var state = TutorialFixture.state()
        command(&state, "reach \(TutorialFixture.vm1) \(TutorialFixture.vm2) 3389")
        command(&state, "del \(TutorialFixture.secondaryHalf)")
        let result = try #require(state.reachability.result)
        #expect(result.reachable == false)
        #expect(result.decidedBy.kind == .peering)
        #expect(result.decidedBy.resource == TutorialFixture.primaryHalf)
    }

    @Test func theAnswerIsCachedPerRevisionAndQuery() throws {
        var state = TutorialFixture.state()
        command(&state, "reach \(TutorialFixture.vm1) \(TutorialFixture.vm2) 3389")
        let revision = state.designRevision
        let marker = ReachabilityResult(
            reachable: nil, hops: [],
            decidedBy: ReachabilityDecision(kind: .unknown, resource: "cached", rule: "", reason: ""))
        state.reachability.outcome = .success(marker)
        press(&state, .character("j"))
        state.reachability.refresh(design: state.design, revision: revision)
        #expect(state.reachability.result == marker, "recomputed although neither design nor query changed")
        command(&state, "set vnet-prod-ae-wv-001 dnsServers 10.30.10.10")
        #expect(state.designRevision == revision + 1)
        #expect(state.reachability.result?.reachable == true)
    }

    @Test func aClosedPaneKeepsItsQuestionAndCatchesUpWithEditsWhenReopened() throws {
        var state = TutorialFixture.state()
        command(&state, "reach \(TutorialFixture.vm1) \(TutorialFixture.vm2) 3389")
        press(&state, .escape)
        #expect(!state.reachability.isOpen)
        command(&state, "set vnet-prod-ae-wv-001/peerings/peer-to-secondary allowVirtualNetworkAccess false")
        #expect(state.reachability.outcomeRevision < state.designRevision, "nothing is computed for a closed pane")
        press(&state, .character("r"))
        #expect(state.reachability.isOpen && state.reachability.isEditing)
        #expect(state.reachability.result?.reachable == false)
        #expect(state.reachability.outcomeRevision == state.designRevision)
        #expect(state.reachability.field == .from)
        #expect(state.reachability.from.text == TutorialFixture.vm1 && state.reachability.port.text == "3389")
    }

    @Test func completionChoicesAreBuiltOnlyWhileTheFormIsEdited() {
        var state = TutorialFixture.state()
        command(&state, "reach \(TutorialFixture.vm1) \(TutorialFixture.vm2) 3389")
        #expect(state.reachability.choices.isEmpty, "the hop list does not need them")
        command(&state, "add vnet vnet-x 10.9.0.0/16")
        command(&state, "add subnet vnet-x snet 10.9.1.0/24")
        #expect(state.reachability.choicesRevision < state.designRevision)
        press(&state, .tab)
        #expect(state.reachability.isEditing)
        #expect(state.reachability.choicesRevision == state.designRevision)
        #expect(state.reachability.choices.contains { $0.text == "10.9.1.4" && $0.kind == .address })
    }

    @Test func rOnASelectedVMStartsTheFormFromIt() {
        var state = TutorialFixture.state()
        command(&state, "goto \(TutorialFixture.vm2)")
        press(&state, .character("r"))
        #expect(state.reachability.isOpen && state.reachability.isEditing)
        #expect(state.reachability.from.text == TutorialFixture.vm2)
        #expect(state.reachability.field == .to)
        #expect(state.reachability.choices.contains { $0.text == TutorialFixture.vm1 && $0.kind == .virtualMachine })
    }

    @Test func theFormCompletesMovesBetweenFieldsCyclesTheProtocolAndAsks() throws {
        var state = TutorialFixture.state()
        press(&state, .character("r"))
        type(&state, "vm")
        press(&state, .tab)
        #expect(state.reachability.from.text == "vmproda", "two VMs share vmproda")
        #expect(state.reachability.field == .from)
        type(&state, "e")
        press(&state, .tab)
        #expect(state.reachability.from.text == TutorialFixture.vm1)
        press(&state, .tab)
        #expect(state.reachability.field == .to)
        type(&state, "10.20")
        press(&state, .tab)
        #expect(state.reachability.to.text == "10.20.20.4")
        press(&state, .tab)
        #expect(state.reachability.field == .port)
        type(&state, "33x89")
        #expect(state.reachability.port.text == "3389")
        #expect(state.message?.kind == .error)
        press(&state, .tab)
        #expect(state.reachability.field == .transport)
        press(&state, .character(" "))
        #expect(state.reachability.transport == .udp)
        press(&state, .character(" "))
        #expect(state.reachability.transport == .icmp)
        press(&state, .character(" "))
        #expect(state.reachability.transport == .tcp)
        press(&state, .backTab)
        #expect(state.reachability.field == .port)
        press(&state, .enter)
        #expect(!state.reachability.isEditing)
        #expect(state.reachability.query?.destination == "10.20.20.4")
        #expect(state.reachability.result?.reachable == true)
        #expect(
            state.reachability.result?.hops.last(where: { $0.kind == .destination })?.resource == TutorialFixture.vm2)
    }

    @Test func upAndDownFillTheFieldWithTheCandidatesOfTheTypedText() {
        var state = TutorialFixture.state()
        press(&state, .character("r"))
        type(&state, "nic")
        #expect(state.reachability.candidates.map(\.text) == ["nic-prod-ae-wv-001", "nic-prod-ae-wv-002"])
        press(&state, .down)
        #expect(state.reachability.from.text == "nic-prod-ae-wv-001")
        press(&state, .down)
        #expect(state.reachability.from.text == "nic-prod-ae-wv-002")
        #expect(state.reachability.candidates.count == 2, "candidates stay those of the typed text")
        press(&state, .down)
        #expect(state.reachability.from.text == "nic-prod-ae-wv-001")
        press(&state, .up)
        #expect(state.reachability.from.text == "nic-prod-ae-wv-002")
        press(&state, .backspace)
        #expect(state.reachability.from.text == "nic-prod-ae-wv-00")
        #expect(state.reachability.completionIndex == nil)
    }

    @Test func anIncompleteFormSaysWhatIsMissingAndStaysOpen() {
        var state = TutorialFixture.state()
        press(&state, .character("r"))
        type(&state, TutorialFixture.vm1)
        press(&state, .tab)
        #expect(state.reachability.field == .to, "a complete name moves on at once")
        type(&state, TutorialFixture.vm2)
        press(&state, .enter)
        #expect(state.reachability.isEditing)
        #expect(state.message == StatusMessage("Port: tcp needs a destination port", kind: .error))
        press(&state, .escape)
        #expect(!state.reachability.isOpen)
    }

    @Test func anUnknownEndpointIsShownAsTheAnswerAndReported() {
        var state = TutorialFixture.state()
        command(&state, "reach nosuchvm \(TutorialFixture.vm2) 3389")
        #expect(state.reachability.isOpen)
        guard case .failure(.unknownEndpoint("nosuchvm"))? = state.reachability.outcome else {
            Issue.record("expected an unknown endpoint, got \(String(describing: state.reachability.outcome))")
            return
        }
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.contains("nosuchvm") == true)
    }

    @Test func enterOnAHopJumpsToItsResourceAndRComesBack() throws {
        var state = TutorialFixture.state()
        command(&state, "reach \(TutorialFixture.vm1) \(TutorialFixture.vm2) 3389")
        let hops = try #require(state.reachability.result?.hops)
        let peering = try #require(hops.firstIndex { $0.kind == .peering })
        for _ in 0..<peering { press(&state, .character("j")) }
        #expect(state.reachability.hopSelection == peering)
        press(&state, .enter)
        #expect(!state.reachability.isOpen)
        #expect(state.selectedPath == TutorialFixture.primaryHalf)
        #expect(state.focus == .inspector)
        #expect(state.reachability.query != nil)
        press(&state, .character("r"))
        #expect(state.reachability.isOpen)
        press(&state, .enter)
        #expect(state.reachability.hopSelection == peering, "the same question keeps the hop selected")
    }

    @Test func jAndKStayWithinTheHops() throws {
        var state = TutorialFixture.state()
        command(&state, "reach \(TutorialFixture.vm1) \(TutorialFixture.vm2) 3389")
        let count = try #require(state.reachability.result?.hops.count)
        press(&state, .character("k"))
        #expect(state.reachability.hopSelection == 0)
        for _ in 0..<(count + 3) { press(&state, .character("j")) }
        #expect(state.reachability.hopSelection == count - 1)
        press(&state, .character("g"))
        #expect(state.reachability.hopSelection == 0)
        press(&state, .character("G"))
        #expect(state.reachability.hopSelection == count - 1)
    }

    @Test func aHopOutsideTheDesignSaysSoInsteadOfJumping() {
        var state = TutorialFixture.state()
        command(&state, "reach \(TutorialFixture.vm1) 8.8.8.8 443")
        let destination = state.reachability.result?.hops.firstIndex { $0.resource == "Internet" }
        #expect(destination != nil)
        state.reachability.hopSelection = destination ?? 0
        let selected = state.selectedPath
        press(&state, .enter)
        #expect(state.reachability.isOpen)
        #expect(state.selectedPath == selected)
        #expect(state.message == StatusMessage("Internet is not a resource of the design", kind: .error))
    }

    @Test func paletteKeysStillWorkWhileThePaneIsOpen() {
        var state = TutorialFixture.state()
        command(&state, "reach \(TutorialFixture.vm1) \(TutorialFixture.vm2) 3389")
        press(&state, .character("?"))
        #expect(state.mode == .help(filter: ""))
        press(&state, .escape)
        press(&state, .character("v"))
        #expect(!state.showsDiagram, "v belongs to the tree, not to the open pane")
        press(&state, .character("d"))
        #expect(state.mode == .normal, "d does not delete the hidden selection")
        press(&state, .tab)
        #expect(state.reachability.isEditing)
        type(&state, "q")
        #expect(state.reachability.from.text == TutorialFixture.vm1 + "q", "typing in the form is text, not quit")
    }

    @Test func reachCompletesEndpointsAndProtocols() {
        let state = TutorialFixture.state()
        let context = Reducer.completionContext(state)
        #expect(PaletteCompletion.candidates(for: "rea", context: context) == ["reach"])
        #expect(
            PaletteCompletion.candidates(for: "reach vmproda", context: context) == [
                TutorialFixture.vm1, TutorialFixture.vm2,
            ])
        #expect(
            PaletteCompletion.candidates(for: "reach \(TutorialFixture.vm1) 10.2", context: context) == ["10.20.20.4"])
        #expect(PaletteCompletion.candidates(for: "reach a b 53 u", context: context) == ["udp"])
    }

    @Test func aClickSelectsTheHopUnderItAndTheWheelMovesBetweenHops() throws {
        var state = TutorialFixture.state()
        command(&state, "reach \(TutorialFixture.vm1) \(TutorialFixture.vm2) 3389")
        let grid = Screen.render(state).grid
        let peering = try #require(grid.find("  peering  "))
        _ = send(&state, .mouse(MouseEvent(.press(button: 1), x: peering.x, y: peering.y)))
        #expect(state.reachability.result?.hops[state.reachability.hopSelection].kind == .peering)
        #expect(state.selectedPath == Examples.tutorial.virtualNetworks[0].name, "the tree under the pane is untouched")
        _ = send(&state, .mouse(MouseEvent(.wheelDown, x: peering.x, y: peering.y)))
        #expect(state.reachability.result?.hops[state.reachability.hopSelection].kind == .destination)
        _ = send(&state, .mouse(MouseEvent(.press(button: 1), x: 10, y: 1)))
        #expect(state.reachability.isEditing, "a click on the form line edits it")
    }

    @Test func controlKeysPageTheHopsOrKeepTheirMeaning() {
        var state = AppState(design: Examples.hubAndSpoke, filePath: "hub.hubspoke.json", width: 80, height: 24)
        command(&state, "reach vm-app-spoke1 vm-app-spoke2 443")
        press(&state, .character("d"), .control)
        let paged = state.reachability.hopSelection
        #expect(paged >= 3, "a page of hops, not one")
        #expect(state.selectedPath == Examples.hubAndSpoke.virtualNetworks[0].name, "the hidden tree does not move")
        press(&state, .character("u"), .control)
        #expect(state.reachability.hopSelection < paged)
        let effects = send(&state, .key(.ctrl("s")))
        #expect(effects == [.save(design: state.design, path: "hub.hubspoke.json", quitAfter: false)])
    }

    @Test func helpListsTheReachabilityKeysAndCommand() {
        let keys = KeyBinding.matching("reachability").map(\.keys)
        #expect(keys.contains("r"))
        #expect(keys.contains(":reach FROM TO PORT [tcp|udp|icmp]"))
        #expect(keys.contains("Space"))
        #expect(keys.contains("Tab / Shift-Tab"))
    }
}
