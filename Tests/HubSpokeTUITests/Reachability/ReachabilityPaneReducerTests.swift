import HubSpokeCore
import Testing

@testable import HubSpokeTUI

/// The reachability pane driven by actions: `:reach`, the `r` form (fields, completion,
/// protocol), the live answer after edits and undo, and jumping from a hop to its resource.
@Suite struct ReachabilityPaneReducerTests {
    static let vm1 = "vmprodaewv001"
    static let vm2 = "vmprodasewv001"
    static let primaryHalf = "vnet-prod-ae-wv-001/virtualNetworkPeerings/peer-to-secondary"
    static let secondaryHalf = "vnet-prod-ae-wv-002/virtualNetworkPeerings/peer-to-primary"

    func tutorialState(width: Int = 120, height: Int = 40) -> AppState {
        var state = AppState(design: Examples.tutorial, filePath: nil, width: width, height: height)
        _ = send(&state, .validated(testValidator.validate(state.design), revision: state.designRevision))
        return state
    }

    func press(_ state: inout AppState, _ key: Key, _ modifiers: KeyModifiers = []) {
        _ = send(&state, .key(KeyEvent(key, modifiers)))
    }

    @Test func reachCommandOpensThePaneWithTheTutorialRDPPathThroughThePeering() throws {
        var state = tutorialState()
        command(&state, "reach \(Self.vm1) \(Self.vm2) 3389")
        let pane = state.reachability
        #expect(pane.isOpen)
        #expect(!pane.isEditing)
        #expect(pane.query == ReachabilityQuery(source: Self.vm1, destination: Self.vm2, protocol: .tcp, port: 3389))
        #expect(pane.from.text == Self.vm1 && pane.to.text == Self.vm2 && pane.port.text == "3389")
        let result = try #require(pane.result)
        #expect(result.reachable == true)
        #expect(result.hops.contains { $0.kind == .peering && $0.resource == Self.primaryHalf })
        #expect(pane.outcomeRevision == state.designRevision)
        #expect(state.message?.text == "reach \(Self.vm1) -> \(Self.vm2): reachable")
    }

    @Test func theAnswerFollowsAPeeringFlagEditAndItsUndo() throws {
        var state = tutorialState()
        command(&state, "reach \(Self.vm1) \(Self.vm2) 3389")
        command(&state, "set vnet-prod-ae-wv-002/peerings/peer-to-primary allowVirtualNetworkAccess false")
        #expect(state.reachability.isOpen)
        let blocked = try #require(state.reachability.result)
        #expect(blocked.reachable == false)
        #expect(blocked.decidedBy.reason.contains("\(Self.secondaryHalf) has allowVirtualNetworkAccess=false"))
        #expect(blocked.hops.last?.kind == .dropped)
        #expect(state.reachability.outcomeRevision == state.designRevision)
        press(&state, .character("u"))
        #expect(state.reachability.result?.reachable == true)
        #expect(state.reachability.isOpen)
    }

    @Test func removingTheReverseHalfBlocksWithTheRemainingHalfNamed() throws {
        var state = tutorialState()
        command(&state, "reach \(Self.vm1) \(Self.vm2) 3389")
        command(&state, "del \(Self.secondaryHalf)")
        let result = try #require(state.reachability.result)
        #expect(result.reachable == false)
        #expect(result.decidedBy.kind == .peering)
        #expect(result.decidedBy.resource == Self.primaryHalf)
    }

    @Test func theAnswerIsCachedPerRevisionAndQuery() throws {
        var state = tutorialState()
        command(&state, "reach \(Self.vm1) \(Self.vm2) 3389")
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

    @Test func aClosedPaneKeepsItsQuestionLiveAndRReopensTheFormFilled() throws {
        var state = tutorialState()
        command(&state, "reach \(Self.vm1) \(Self.vm2) 3389")
        press(&state, .escape)
        #expect(!state.reachability.isOpen)
        command(&state, "set vnet-prod-ae-wv-001/peerings/peer-to-secondary allowVirtualNetworkAccess false")
        #expect(state.reachability.result?.reachable == false)
        press(&state, .character("r"))
        #expect(state.reachability.isOpen && state.reachability.isEditing)
        #expect(state.reachability.field == .from)
        #expect(state.reachability.from.text == Self.vm1 && state.reachability.port.text == "3389")
    }

    @Test func rOnASelectedVMStartsTheFormFromIt() {
        var state = tutorialState()
        command(&state, "goto \(Self.vm2)")
        press(&state, .character("r"))
        #expect(state.reachability.isOpen && state.reachability.isEditing)
        #expect(state.reachability.from.text == Self.vm2)
        #expect(state.reachability.field == .to)
        #expect(state.reachability.choices.contains { $0.text == Self.vm1 && $0.kind == .virtualMachine })
    }

    @Test func theFormCompletesMovesBetweenFieldsCyclesTheProtocolAndAsks() throws {
        var state = tutorialState()
        press(&state, .character("r"))
        type(&state, "vm")
        press(&state, .tab)
        #expect(state.reachability.from.text == "vmproda", "two VMs share vmproda")
        #expect(state.reachability.field == .from)
        type(&state, "e")
        press(&state, .tab)
        #expect(state.reachability.from.text == Self.vm1)
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
        #expect(state.reachability.result?.hops.last(where: { $0.kind == .destination })?.resource == Self.vm2)
    }

    @Test func upAndDownFillTheFieldWithTheCandidatesOfTheTypedText() {
        var state = tutorialState()
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
        var state = tutorialState()
        press(&state, .character("r"))
        type(&state, Self.vm1)
        press(&state, .tab)
        #expect(state.reachability.field == .to, "a complete name moves on at once")
        type(&state, Self.vm2)
        press(&state, .enter)
        #expect(state.reachability.isEditing)
        #expect(state.message == StatusMessage("Port: tcp needs a destination port", kind: .error))
        press(&state, .escape)
        #expect(!state.reachability.isOpen)
    }

    @Test func anUnknownEndpointIsShownAsTheAnswerAndReported() {
        var state = tutorialState()
        command(&state, "reach nosuchvm \(Self.vm2) 3389")
        #expect(state.reachability.isOpen)
        guard case .failure(.unknownEndpoint("nosuchvm"))? = state.reachability.outcome else {
            Issue.record("expected an unknown endpoint, got \(String(describing: state.reachability.outcome))")
            return
        }
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.contains("nosuchvm") == true)
    }

    @Test func enterOnAHopJumpsToItsResourceAndRComesBack() throws {
        var state = tutorialState()
        command(&state, "reach \(Self.vm1) \(Self.vm2) 3389")
        let hops = try #require(state.reachability.result?.hops)
        let peering = try #require(hops.firstIndex { $0.kind == .peering })
        for _ in 0..<peering { press(&state, .character("j")) }
        #expect(state.reachability.hopSelection == peering)
        press(&state, .enter)
        #expect(!state.reachability.isOpen)
        #expect(state.selectedPath == Self.primaryHalf)
        #expect(state.focus == .inspector)
        #expect(state.reachability.query != nil)
        press(&state, .character("r"))
        #expect(state.reachability.isOpen)
        press(&state, .enter)
        #expect(state.reachability.hopSelection == peering, "the same question keeps the hop selected")
    }

    @Test func jAndKStayWithinTheHops() throws {
        var state = tutorialState()
        command(&state, "reach \(Self.vm1) \(Self.vm2) 3389")
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
        var state = tutorialState()
        command(&state, "reach \(Self.vm1) 8.8.8.8 443")
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
        var state = tutorialState()
        command(&state, "reach \(Self.vm1) \(Self.vm2) 3389")
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
        #expect(state.reachability.from.text == Self.vm1 + "q", "typing in the form is text, not quit")
    }

    @Test func reachCompletesEndpointsAndProtocols() {
        let state = tutorialState()
        let context = Reducer.completionContext(state)
        #expect(PaletteCompletion.candidates(for: "rea", context: context) == ["reach"])
        #expect(PaletteCompletion.candidates(for: "reach vmproda", context: context) == [Self.vm1, Self.vm2])
        #expect(PaletteCompletion.candidates(for: "reach \(Self.vm1) 10.2", context: context) == ["10.20.20.4"])
        #expect(PaletteCompletion.candidates(for: "reach a b 53 u", context: context) == ["udp"])
    }

    @Test func helpListsTheReachabilityKeysAndCommand() {
        let keys = KeyBinding.matching("reachability").map(\.keys)
        #expect(keys.contains("r"))
        #expect(keys.contains(":reach FROM TO PORT [tcp|udp|icmp]"))
        #expect(keys.contains("Space"))
        #expect(keys.contains("Tab / Shift-Tab"))
    }
}
