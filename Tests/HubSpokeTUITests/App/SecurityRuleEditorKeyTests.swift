import HubSpokeCore
import Testing

@testable import HubSpokeTUI

@Suite struct SecurityRuleEditorKeyTests {
    /// nsg-app with three inbound rules (declared out of order) and one outbound rule, editor open.
    func editorState() -> AppState {
        var state = securityState()
        command(&state, "add rule nsg-app AllowWeb 200 in allow tcp Internet * 443")
        command(&state, "add rule nsg-app AllowRdp 100 in allow tcp * * 3389")
        command(&state, "add rule nsg-app DenyAll 4000 in deny * * * *")
        command(&state, "add rule nsg-app AllowOut 300 out allow tcp * Internet 443")
        openSecurityEditor(&state)
        return state
    }

    func press(_ state: inout AppState, _ keys: KeyEvent...) {
        for key in keys { _ = send(&state, .key(key)) }
    }

    @Test func rowsFollowEvaluationOrderAndTheSelectionMovesOverThem() {
        var state = editorState()
        #expect(state.focus == .inspector)
        let table = SecurityRuleTable(design: state.design, securityGroup: 0)
        let names = table.rows.compactMap { row -> String? in
            if case .rule(let r) = row { return state.design.networkSecurityGroups[0].securityRules[r].name }
            return nil
        }
        #expect(names == ["AllowRdp", "AllowWeb", "DenyAll", "AllowOut"])
        #expect(table.rows.first == .field(0))
        press(&state, .char("G"))
        #expect(state.inspectorSelection == 4)
        #expect(Reducer.inspectorRowCount(state) == 5)
    }

    @Test func aOpensAddRuleForTheNSG() {
        var state = editorState()
        press(&state, .char("a"))
        #expect(state.mode == .command(LineInput("add rule nsg-app ")))
    }

    @Test func enterEditsTheSelectedColumnThroughSet() throws {
        var state = editorState()
        press(&state, .char("j"), .char("l"), .char("l"), .char("l"), .char("l"))  // AllowRdp, Source column
        #expect(state.inspectorColumn == 4)
        press(&state, KeyEvent(.enter))
        guard case .editField(let path, let field, let input) = state.mode else {
            Issue.record("not editing: \(state.mode)")
            return
        }
        #expect(path == "nsg-app/securityRules/AllowRdp")
        #expect(field == "sourceAddressPrefix")
        #expect(input.text == "*")
        press(&state, .ctrl("u"))
        type(&state, "10.0.0.0/8")
        press(&state, KeyEvent(.enter))
        #expect(rule(state, "AllowRdp")?.sourceAddressPrefix == "10.0.0.0/8")
        #expect(state.mode == .normal)
        press(&state, .char("h"), .char("h"), .char("h"), .char("h"), .char("h"))
        #expect(state.focus == .topology)
    }

    @Test func enterOnTheNameColumnExplainsAndEnterOnTheFieldRowEditsLocation() {
        var state = editorState()
        press(&state, .char("j"), .char("l"), KeyEvent(.enter))
        #expect(state.mode == .normal)
        #expect(state.message?.text.hasPrefix("a rule's name is fixed") == true)
        press(&state, .char("k"), KeyEvent(.enter))
        #expect(state.mode == .editField(path: "nsg-app", field: "location", input: LineInput("")))
    }

    @Test func spaceTogglesAccessAsOneUndoStep() {
        var state = editorState()
        let undo = state.undoStack.count
        press(&state, .char("j"), .char(" "))
        #expect(rule(state, "AllowRdp")?.access == "Deny")
        #expect(state.undoStack.count == undo + 1)
        press(&state, .char("u"))
        #expect(rule(state, "AllowRdp")?.access == "Allow")
    }

    @Test func dDeletesTheSelectedRuleAfterConfirmation() {
        var state = editorState()
        press(&state, .char("j"), .char("j"), .char("d"))
        #expect(state.mode == .confirmDelete(path: "nsg-app/securityRules/AllowWeb"))
        press(&state, .char("n"))
        #expect(rule(state, "AllowWeb") != nil)
        press(&state, .char("d"), .char("y"))
        #expect(rule(state, "AllowWeb") == nil)
        #expect(state.design.networkSecurityGroups.count == 1)
        press(&state, .char("k"), .char("k"), .char("d"))
        #expect(state.mode == .confirmDelete(path: "nsg-app"))
    }

    @Test func cDuplicatesAtTheNextFreePriority() {
        var state = editorState()
        press(&state, .char("j"), .char("c"))
        let copy = rule(state, "AllowRdp-copy")
        #expect(copy?.priority == 101)
        #expect(copy?.destinationPortRange == "3389")
        #expect(state.inspectorSelection == 2)
        press(&state, .char("k"), .char("c"))
        #expect(rule(state, "AllowRdp-copy2")?.priority == 102)
    }

    @Test func shiftJKMoveTheRuleAndTheSelectionFollows() {
        var state = editorState()
        press(&state, .char("j"), .char("J"))
        #expect(rule(state, "AllowRdp")?.priority == 200)
        #expect(rule(state, "AllowWeb")?.priority == 100)
        #expect(state.inspectorSelection == 2)
        let undo = state.undoStack.count
        press(&state, .char("J"))
        #expect(rule(state, "AllowRdp")?.priority == 4000)
        #expect(rule(state, "DenyAll")?.priority == 200)
        #expect(state.undoStack.count == undo + 1)
        press(&state, .char("J"))
        #expect(state.message?.text == "AllowRdp is already the last inbound rule")
        #expect(state.message?.kind == .error)
        press(&state, .char("K"))
        #expect(rule(state, "AllowRdp")?.priority == 200)
        #expect(state.inspectorSelection == 2)
    }

    @Test func associationsAreListedDetachedWithXAndAttachedWithT() {
        var state = editorState()
        command(&state, "attach nsg-app vnet-hub/subnets/snet-app")
        openSecurityEditor(&state)
        press(&state, .char("G"))
        #expect(
            SecurityRuleTable(design: state.design, securityGroup: 0).row(at: state.inspectorSelection)
                == .association("vnet-hub/subnets/snet-app"))
        press(&state, .char("x"))
        #expect(state.design.virtualNetworks[0].subnets[0].networkSecurityGroup == nil)
        press(&state, .char("t"))
        #expect(state.mode == .command(LineInput("attach nsg-app ")))
    }

    @Test func subnetInspectorAttachesThroughItsField() {
        var state = securityState()
        command(&state, "goto vnet-hub/subnets/snet-app")
        press(&state, .char("j"), KeyEvent(.enter))
        type(&state, "nsg-app")
        press(&state, KeyEvent(.enter))
        #expect(state.design.virtualNetworks[0].subnets[0].networkSecurityGroup == "nsg-app")
        #expect(Attachment.associations(ofSecurityGroup: 0, in: state.design) == ["vnet-hub/subnets/snet-app"])
    }

    @Test func whichRuleDecidesNamesAndSelectsTheFirstMatch() {
        var state = editorState()
        press(&state, .char("w"))
        #expect(state.mode == .securityFlowQuery(securityGroup: "nsg-app", input: LineInput()))
        type(&state, "203.0.113.5 10.0.1.4 443 tcp")
        press(&state, KeyEvent(.enter))
        #expect(state.mode == .normal)
        #expect(state.securityRuleDecision?.ruleName == "AllowWeb")
        #expect(state.message?.text == "Tcp 203.0.113.5 → 10.0.1.4:443 inbound: Allow by AllowWeb (200)")
        let table = SecurityRuleTable(design: state.design, securityGroup: 0)
        #expect(table.row(at: state.inspectorSelection) == .rule(0))
    }

    @Test func whichRuleDecidesFallsToDefaultRules() {
        var state = editorState()
        press(&state, .char("w"))
        type(&state, "10.0.1.4 198.51.100.7 80 out")
        press(&state, KeyEvent(.enter))
        #expect(state.securityRuleDecision?.ruleName == "AllowInternetOutBound")
        #expect(state.message?.text.hasSuffix("Allow by AllowInternetOutBound (65001, default rule)") == true)
        press(&state, .char("w"))
        type(&state, "10.0.1.4 10.1.0.9 5000 udp in")
        press(&state, KeyEvent(.enter))
        #expect(state.securityRuleDecision?.ruleName == "DenyAll")
        #expect(state.securityRuleDecision?.outcome == "Deny")
    }

    @Test func whichRuleDecidesRefusesAnIncompleteFlowAndEscCancels() {
        var state = editorState()
        press(&state, .char("w"))
        type(&state, "10.0.1.4 3389")
        press(&state, KeyEvent(.enter))
        guard case .securityFlowQuery(_, let input) = state.mode else {
            Issue.record("prompt closed")
            return
        }
        #expect(input.error?.hasPrefix("give a source and a destination address") == true)
        press(&state, KeyEvent(.escape))
        #expect(state.mode == .normal)
        #expect(state.securityRuleDecision == nil)
    }
}
