import HubSpokeCore

/// The findings workflow in the validation pane: suppress a finding for its resource with a
/// reason (`s`, `:suppress`), lift it again (`U`, `:unsuppress`), and the filter quick keys.
extension Reducer {
    /// The palette commands of the findings workflow and of export/import.
    static func performFindingsAndExchange(_ command: PaletteCommand, _ state: inout AppState) throws(PaletteError)
        -> [Effect]
    {
        switch command {
        case .suppress(let rule, let path, let reason):
            try suppress(&state, rule: rule, path: path, reason: reason)
        case .unsuppress(let rule, let path):
            try unsuppress(&state, rule: rule, path: path)
        case .exportPreview(let file):
            return [.prepareExport(design: state.design, path: file)]
        case .importDesign(let file):
            return [.readImport(path: file)]
        default:
            break
        }
        return []
    }

    static func suppress(_ state: inout AppState, rule: String, path: String, reason: String) throws(PaletteError) {
        let design = try Suppressions.suppress(state.design, rule: rule, path: path, reason: reason)
        guard let stored = Suppressions.index(of: rule, path, in: design).map({ design.suppressions[$0] }) else {
            return
        }
        commit(
            &state, design, structural: false,
            message: "suppressed \(stored.rule) on \(stored.resource): \(stored.reason)")
    }

    static func unsuppress(_ state: inout AppState, rule: String, path: String) throws(PaletteError) {
        let design = try Suppressions.unsuppress(state.design, rule: rule, path: path)
        commit(&state, design, structural: false, message: "\(rule.uppercased()) on \(path) is no longer suppressed")
    }

    /// The finding under the selection in the validation pane, if any.
    static func selectedFinding(_ state: AppState) -> Finding? {
        let findings = state.visibleFindings
        return state.findingsSelection < findings.count ? findings[state.findingsSelection] : nil
    }

    /// Keys of the validation pane beyond moving and jumping.
    static func handleFindingsWorkflowKey(_ state: inout AppState, _ event: KeyEvent) {
        guard event.modifiers.isEmpty || event.modifiers == .shift else { return }
        switch event.key {
        case .character("s"):
            guard let finding = selectedFinding(state) else { return }
            guard let path = finding.resources.first else {
                state.message = StatusMessage("\(finding.rule) names no resource to suppress it for", kind: .error)
                return
            }
            state.mode = .suppressReason(
                SuppressionPrompt(rule: finding.rule, path: path, input: LineInput(finding.suppressedReason ?? "")))
        case .character("U"):
            guard let finding = selectedFinding(state) else { return }
            guard finding.isSuppressed, let path = finding.resources.first else {
                state.message = StatusMessage("\(finding.rule) is not suppressed; s suppresses it", kind: .error)
                return
            }
            do {
                try unsuppress(&state, rule: finding.rule, path: path)
            } catch {
                state.message = StatusMessage(error.message, kind: .error)
            }
        case .character("1"):
            setFilter(&state, FindingsFilter.settingMinimumSeverity(.error, in: state.findingsFilter))
        case .character("2"):
            setFilter(&state, FindingsFilter.settingMinimumSeverity(.warning, in: state.findingsFilter))
        case .character("3"):
            setFilter(&state, FindingsFilter.settingMinimumSeverity(.info, in: state.findingsFilter))
        case .character("h"):
            setFilter(&state, FindingsFilter.togglingHiddenSuppressed(in: state.findingsFilter))
        default:
            break
        }
    }

    /// The reason prompt of `s`: Enter suppresses (an empty reason is refused at the prompt).
    static func handleSuppressReasonKey(_ state: inout AppState, _ event: KeyEvent, _ prompt: SuppressionPrompt)
        -> [Effect]
    {
        var prompt = prompt
        switch event.key {
        case .escape:
            state.mode = .normal
            state.message = StatusMessage("suppression cancelled")
        case .enter:
            do {
                let design = try Suppressions.suppress(
                    state.design, rule: prompt.rule, path: prompt.path, reason: prompt.input.text)
                state.mode = .normal
                commit(
                    &state, design, structural: false,
                    message: "suppressed \(prompt.rule) on \(prompt.path): \(prompt.input.text.trimmingWhitespace())")
            } catch {
                prompt.input.error = error.message
                state.mode = .suppressReason(prompt)
            }
        default:
            if prompt.input.handle(event) { state.mode = .suppressReason(prompt) }
        }
        return []
    }
}
