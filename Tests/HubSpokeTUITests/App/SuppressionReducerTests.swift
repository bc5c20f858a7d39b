import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct SuppressionReducerTests {
    @Test func sAsksForAReasonAndRefusesAnEmptyOne() throws {
        var state = findingsState()
        let undoDepth = state.undoStack.count
        #expect(Reducer.selectedFinding(state)?.rule == "PEER-009")
        _ = send(&state, .key(.char("s")))
        guard case .suppressReason(let prompt) = state.mode else {
            Issue.record("no reason prompt: \(state.mode)")
            return
        }
        #expect(prompt.rule == "PEER-009")
        #expect(prompt.path == spokePeeringPath)
        type(&state, "   ")
        _ = press(&state, .enter)
        guard case .suppressReason(let refused) = state.mode else {
            Issue.record("an empty reason was accepted")
            return
        }
        #expect(refused.input.error?.contains("needs a reason") == true)
        #expect(state.design.suppressions.isEmpty)
        #expect(state.undoStack.count == undoDepth)
    }

    @Test func aReasonSuppressesAsOneUndoStep() {
        var state = findingsState()
        let undoDepth = state.undoStack.count
        _ = send(&state, .key(.char("s")))
        type(&state, "hub gateway arrives next sprint")
        _ = press(&state, .enter)
        #expect(state.mode == .normal)
        #expect(
            state.design.suppressions == [
                Suppression(rule: "PEER-009", resource: spokePeeringPath, reason: "hub gateway arrives next sprint")
            ])
        #expect(state.undoStack.count == undoDepth + 1)
        #expect(state.isDirty)
        #expect(state.findingIndex.errors == 0)
        #expect(state.findingIndex.suppressed == 1)
        #expect(state.findings.first { $0.rule == "PEER-009" }?.suppressedReason == "hub gateway arrives next sprint")
        _ = send(&state, .key(.char("u")))
        #expect(state.design.suppressions.isEmpty)
        #expect(state.findingIndex.errors == 1)
        #expect(state.findingIndex.suppressed == 0)
    }

    @Test func escapeCancelsThePrompt() {
        var state = findingsState()
        _ = send(&state, .key(.char("s")))
        type(&state, "half a reason")
        _ = press(&state, .escape)
        #expect(state.mode == .normal)
        #expect(state.design.suppressions.isEmpty)
        #expect(state.message?.text == "suppression cancelled")
    }

    @Test func capitalUUnsuppressesTheSelectedFinding() {
        var state = findingsState()
        command(&state, "suppress PEER-009 \(spokePeeringPath) accepted for the lab")
        #expect(state.findingIndex.suppressed == 1)
        // the error row is still first: suppression keeps the validator's order
        #expect(Reducer.selectedFinding(state)?.isSuppressed == true)
        let undoDepth = state.undoStack.count
        _ = send(&state, .key(.char("U")))
        #expect(state.design.suppressions.isEmpty)
        #expect(state.undoStack.count == undoDepth + 1)
        #expect(state.findingIndex.errors == 1)
        _ = send(&state, .key(.char("U")))
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.contains("not suppressed") == true)
    }

    @Test func paletteSuppressStoresTheDeclaredPathAndUpdatesTheReason() {
        var state = findingsState()
        command(&state, "suppress sub-099 VNET-X \"no subnets yet\"")
        #expect(
            state.design.suppressions == [Suppression(rule: "SUB-099", resource: "vnet-x", reason: "no subnets yet")])
        #expect(state.findings.first { $0.resources == ["vnet-x"] }?.isSuppressed == true)
        command(&state, "suppress SUB-099 vnet-x filled in by the app team")
        #expect(state.design.suppressions.count == 1)
        #expect(state.design.suppressions.first?.reason == "filled in by the app team")
        command(&state, "unsuppress SUB-099 vnet-x")
        #expect(state.design.suppressions.isEmpty)
    }

    @Test(arguments: [
        ("suppress PEER-009 vnet-hub", "needs a reason"),
        ("suppress PEER-009", "usage: :suppress RULE PATH REASON"),
        ("suppress peering vnet-hub because", "is not a rule ID"),
        ("suppress PEER-009 vnet-hub/subnets/ because", "is not a resource path"),
        ("unsuppress PEER-009 vnet-hub", "is not suppressed on vnet-hub"),
        ("unsuppress PEER-009", "usage: :unsuppress RULE PATH"),
    ])
    func refusals(text: String, reason: String) {
        var state = findingsState()
        let before = state.design
        command(&state, text)
        #expect(state.design == before)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.contains(reason) == true, "\(state.message?.text ?? "no message")")
    }

    @Test func quickKeysFilterBySeverityAndHideSuppressed() {
        var state = findingsState()
        command(&state, "suppress SUB-099 vnet-x planned")
        _ = send(&state, .key(.char("1")))
        #expect(state.findingsFilter == "sev:error")
        #expect(state.visibleFindings.map(\.rule) == ["PEER-009"])
        _ = send(&state, .key(.char("3")))
        #expect(state.findingsFilter == "")
        #expect(state.visibleFindings.count == 3)
        _ = send(&state, .key(.char("h")))
        #expect(state.findingsFilter == "is:active")
        #expect(state.visibleFindings.map(\.resources.first) == [spokePeeringPath, "vnet-y"])
        _ = send(&state, .key(.char("2")))
        #expect(state.findingsFilter == "sev:warning+ is:active")
        _ = send(&state, .key(.char("h")))
        #expect(state.findingsFilter == "sev:warning+")
    }

    @Test func paletteCompletesThePathOfSuppressAndUnsuppress() {
        let context = CompletionContext(paths: ["vnet-hub", "vnet-hub/subnets/GatewaySubnet", "vnet-spoke1"])
        #expect(PaletteCompletion.candidates(for: "suppress PEER-009 vnet-h", context: context).count == 2)
        #expect(
            PaletteCompletion.complete("unsuppress SUB-099 vnet-s", context: context)
                == "unsuppress SUB-099 vnet-spoke1 ")
        #expect(PaletteCompletion.candidates(for: "su", context: context) == ["suppress"])
    }

    @Test func slashFilterTakesTheTermSyntax() {
        var state = findingsState()
        type(&state, "/rule:SUB- res:vnet-y")
        _ = press(&state, .enter)
        #expect(state.visibleFindings.map(\.resources.first) == ["vnet-y"])
    }
}
