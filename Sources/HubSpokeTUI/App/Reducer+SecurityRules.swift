import HubSpokeCore

/// The NSG commands and the NSG editor's keys. Each edit is one undo step; refusals change
/// nothing and say why.
extension Reducer {
    static func performSecurityCommand(_ command: PaletteCommand, _ state: inout AppState) throws(PaletteError) {
        switch command {
        case .addSecurityGroup(let name):
            let design = try DesignEditor.addSecurityGroup(state.design, name: name)
            commit(&state, design, structural: true, message: "added nsg \(name) (region: deployment default)")
            _ = select(&state, path: name)
        case .addSecurityRule(let spec):
            let design = try DesignEditor.addSecurityRule(state.design, spec)
            commit(&state, design, structural: true, message: "added rule \(spec.name) to \(spec.securityGroup)")
            selectRule(&state, path: ResourcePath.child(spec.securityGroup, .securityRules, spec.name))
        case .attach(let resource, let path):
            let (design, message) = try Attachment.attach(state.design, resource, to: path)
            commit(&state, design, structural: false, message: message)
        case .detach(let resource, let path):
            let design = try Attachment.detach(state.design, resource, from: path)
            commit(&state, design, structural: false, message: "detached \(resource) from \(path)")
        default:
            break
        }
    }

    /// Opens the NSG editor on the rule at `path` (selection on its row).
    static func selectRule(_ state: inout AppState, path: String) {
        guard case .securityRule(let n, let r)? = ResourceLocation(path, in: state.design) else { return }
        _ = select(&state, path: state.design.networkSecurityGroups[n].name)
        state.inspectorSelection =
            SecurityRuleTable(design: state.design, securityGroup: n).selection(ofRule: r) ?? 0
    }

    /// `d` in the NSG editor deletes the selected rule rather than the NSG.
    static func securityEditorDeletionPath(_ state: AppState) -> String? {
        guard state.focus == .inspector, let path = state.selectedPath,
            case .networkSecurityGroup(let n)? = ResourceLocation(path, in: state.design),
            case .rule(let r)? = SecurityRuleTable(design: state.design, securityGroup: n).row(
                at: state.inspectorSelection)
        else { return nil }
        return ResourceLocation.securityRule(n, r).path(in: state.design)
    }

    static func handleSecurityGroupEditorKey(_ state: inout AppState, _ event: KeyEvent, securityGroup n: Int)
        -> [Effect]
    {
        let table = SecurityRuleTable(design: state.design, securityGroup: n)
        let nsgName = state.design.networkSecurityGroups[n].name
        let row = table.row(at: state.inspectorSelection)
        let rulePath: String? = {
            guard case .rule(let r)? = row else { return nil }
            return ResourceLocation.securityRule(n, r).path(in: state.design)
        }()
        let columns = SecurityRuleTable.columns.count
        switch event.key {
        case .left, .character("h"):
            if rulePath != nil, state.inspectorColumn > 0 {
                state.inspectorColumn -= 1
            } else {
                state.focus = .topology
            }
        case .right, .character("l"):
            if rulePath != nil { state.inspectorColumn = min(columns - 1, state.inspectorColumn + 1) }
        case .enter:
            switch row {
            case .field(let f)?:
                let field = ResourceFields.fields(at: .networkSecurityGroup(n), in: state.design)[f]
                state.mode = .editField(path: nsgName, field: field.name, input: LineInput(field.value))
            case .rule?:
                guard let rulePath else { break }
                let column = SecurityRuleTable.columns[min(state.inspectorColumn, columns - 1)]
                guard let name = column.field, let location = ResourceLocation(rulePath, in: state.design),
                    let field = DesignEditor.field(name, at: location, in: state.design)
                else {
                    state.message = StatusMessage(
                        "a rule's name is fixed; c duplicates it under a new name, h/l picks another column")
                    break
                }
                state.mode = .editField(path: rulePath, field: field.name, input: LineInput(field.value))
            case .association(let path)?:
                _ = select(&state, path: path)
            case nil:
                break
            }
        case .character(" "):
            guard let rulePath else { break }
            applySecurityEdit(&state, "\(rulePath) access toggled") { design throws(PaletteError) in
                try DesignEditor.toggleAccess(design, path: rulePath)
            }
        case .character("c"):
            guard let rulePath else { break }
            do {
                let (design, copyPath) = try DesignEditor.duplicateSecurityRule(state.design, path: rulePath)
                commit(&state, design, structural: true, message: "duplicated as \(copyPath)")
                selectRule(&state, path: copyPath)
            } catch {
                state.message = StatusMessage(error.message, kind: .error)
            }
        case .character("J"), .character("K"):
            guard let rulePath, case .rule(let r)? = row else { break }
            let step = event.key == .character("J") ? 1 : -1
            applySecurityEdit(&state, "moved \(rulePath) \(step > 0 ? "down" : "up")") { design throws(PaletteError) in
                try DesignEditor.moveSecurityRule(design, path: rulePath, by: step)
            }
            state.inspectorSelection =
                SecurityRuleTable(design: state.design, securityGroup: n).selection(ofRule: r)
                ?? state.inspectorSelection
        case .character("x"):
            guard case .association(let target)? = row else { break }
            applySecurityEdit(&state, "detached \(nsgName) from \(target)") { design throws(PaletteError) in
                try Attachment.detach(design, nsgName, from: target)
            }
        case .character("t"):
            state.mode = .command(LineInput("attach \(nsgName) "))
        case .character("w"):
            state.mode = .securityFlowQuery(securityGroup: nsgName, input: LineInput())
        default:
            break
        }
        return []
    }

    /// Runs one edit as one undo step, or shows why it was refused.
    static func applySecurityEdit(
        _ state: inout AppState, _ message: String, _ edit: (Design) throws(PaletteError) -> Design
    ) {
        do {
            let design = try edit(state.design)
            commit(&state, design, structural: false, message: message)
        } catch {
            state.message = StatusMessage(error.message, kind: .error)
        }
    }

    static func handleSecurityFlowQueryKey(
        _ state: inout AppState, _ event: KeyEvent, securityGroup: String, _ input: inout LineInput
    ) -> [Effect] {
        switch event.key {
        case .escape:
            state.mode = .normal
        case .enter:
            guard case .networkSecurityGroup(let n)? = ResourceLocation(securityGroup, in: state.design) else {
                state.mode = .normal
                return []
            }
            do {
                let query = try SecurityFlowQuery(parsing: input.text)
                let decision = query.decide(in: state.design, securityGroup: n)
                state.mode = .normal
                state.securityRuleDecision = decision
                state.message = StatusMessage(decision.message)
                revealDecision(&state, decision, securityGroup: n)
            } catch {
                input.error = error.message
                state.mode = .securityFlowQuery(securityGroup: securityGroup, input: input)
            }
        default:
            if input.handle(event) { state.mode = .securityFlowQuery(securityGroup: securityGroup, input: input) }
        }
        return []
    }

    /// Moves the editor's selection to the deciding rule, or to the last custom rule of its
    /// direction when a default rule decides, so the highlighted row is on screen.
    static func revealDecision(_ state: inout AppState, _ decision: SecurityRuleDecision, securityGroup n: Int) {
        let rules = state.design.networkSecurityGroups[n].securityRules
        let table = SecurityRuleTable(design: state.design, securityGroup: n)
        let section = table.sections.first { $0.direction.equalsIgnoringCase(decision.direction) }
        let target =
            section?.rules.first { decision.names(rules[$0], in: decision.securityGroup) } ?? section?.rules.last
        if let target, let selection = table.selection(ofRule: target) { state.inspectorSelection = selection }
        state.focus = .inspector
    }
}
