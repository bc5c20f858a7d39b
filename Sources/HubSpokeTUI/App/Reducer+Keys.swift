import HubSpokeCore

/// Keyboard handling: the mode that owns the keyboard decides what a key means.
extension Reducer {
    static func handleKey(_ state: inout AppState, _ event: KeyEvent) -> [Effect] {
        switch state.mode {
        case .normal:
            return handleNormalKey(&state, event)
        case .command(var input):
            return handleCommandKey(&state, event, &input)
        case .filter(var input):
            switch event.key {
            case .escape:
                setFilter(&state, "")
                state.mode = .normal
            case .enter:
                state.mode = .normal
            default:
                if input.handle(event) {
                    setFilter(&state, input.text)
                    state.mode = .filter(input)
                }
            }
            return []
        case .editField(let path, let field, var input):
            switch event.key {
            case .escape:
                state.mode = .normal
            case .enter:
                do {
                    let design = try DesignEditor.set(state.design, path: path, field: field, value: input.text)
                    state.mode = .normal
                    commit(&state, design, structural: false, message: "\(path) \(field) = \(input.text)")
                } catch {
                    input.error = error.message
                    state.mode = .editField(path: path, field: field, input: input)
                }
            default:
                if input.handle(event) {
                    // Check the value as it is typed, so the reason shows before Enter.
                    if let location = ResourceLocation(path, in: state.design),
                        let spec = DesignEditor.field(field, at: location, in: state.design),
                        case .failure(let error) = spec.kind.accept(input.text)
                    {
                        input.error = error.message
                    }
                    state.mode = .editField(path: path, field: field, input: input)
                }
            }
            return []
        case .confirmDelete(let path):
            state.mode = .normal
            if event.key == .character("y") || event.key == .character("Y") {
                return run(.delete(path: path), in: &state)
            }
            state.message = StatusMessage("delete cancelled")
            return []
        case .quitPrompt:
            switch event.key {
            case .character("s"), .character("S"):
                state.mode = .normal
                return run(.writeQuit(file: nil), in: &state)
            case .character("d"), .character("D"):
                state.mode = .normal
                return [.discardRecovery, .quit(code: 0)]
            case .character("c"), .character("C"), .escape:
                state.mode = .normal
                state.message = StatusMessage("quit cancelled")
            default:
                break
            }
            return []
        case .askSavePath(var input, let quitAfter):
            switch event.key {
            case .escape:
                state.mode = .normal
                state.message = StatusMessage("save cancelled")
            case .enter:
                let path = input.text.trimmingWhitespace()
                guard !path.isEmpty else {
                    input.error = "type a file name, e.g. design.hubspoke.json"
                    state.mode = .askSavePath(input, quitAfter: quitAfter)
                    return []
                }
                state.mode = .normal
                return [.save(design: state.design, path: path, quitAfter: quitAfter)]
            default:
                if input.handle(event) { state.mode = .askSavePath(input, quitAfter: quitAfter) }
            }
            return []
        case .help(var filter):
            switch event.key {
            case .escape, .enter:
                state.mode = .normal
            case .character("?") where filter.isEmpty:
                state.mode = .normal
            case .backspace:
                if !filter.isEmpty { filter.removeLast() }
                state.mode = .help(filter: filter)
            case .character(let c) where event.modifiers.isEmpty || event.modifiers == .shift:
                filter.append(c)
                state.mode = .help(filter: filter)
            default:
                break
            }
            return []
        case .recoveryPrompt:
            switch event.key {
            case .character("r"), .character("R"):
                state.mode = .normal
                if let recovered = state.pendingRecovery {
                    commit(&state, recovered, structural: true, message: "recovered unsaved changes; :w to keep them")
                }
                state.pendingRecovery = nil
            case .character("d"), .character("D"), .escape:
                state.mode = .normal
                state.pendingRecovery = nil
                state.message = StatusMessage("recovery file discarded")
                return [.discardRecovery]
            default:
                break
            }
            return []
        case .suppressReason(let prompt):
            return handleSuppressReasonKey(&state, event, prompt)
        case .exchange(let dialog):
            return handleExchangeKey(&state, event, dialog)
        }
    }

    static func setFilter(_ state: inout AppState, _ text: String) {
        if state.focus == .findings {
            state.findingsFilter = text
            state.findingsSelection = 0
            state.findingsScroll = 0
        } else {
            state.topologyFilter = text
            state.rebuildOutline()
            if state.selectedRow == nil { state.selectedPath = state.firstSelectablePath }
            keepSelectionVisible(&state)
        }
    }

    static func handleCommandKey(_ state: inout AppState, _ event: KeyEvent, _ input: inout LineInput) -> [Effect] {
        switch event.key {
        case .escape:
            state.mode = .normal
            return []
        case .enter:
            state.mode = .normal
            let text = input.text.trimmingWhitespace()
            guard !text.isEmpty else { return [] }
            state.commandHistory.append(text)
            do {
                let command = try PaletteCommandParser.parse(text)
                return run(command, in: &state)
            } catch {
                state.message = StatusMessage(error.message, kind: .error)
                return []
            }
        case .tab:
            let completed = PaletteCompletion.complete(input.text, context: completionContext(state))
            if completed == input.text {
                let options = PaletteCompletion.candidates(for: input.text, context: completionContext(state))
                input.error = options.isEmpty ? "no completions" : options.prefix(8).joined(separator: "  ")
            } else {
                input = LineInput(completed)
            }
            state.mode = .command(input)
            return []
        case .up:
            if let last = state.commandHistory.last(where: { $0 != input.text }) { input = LineInput(last) }
            state.mode = .command(input)
            return []
        case .backspace where input.text.isEmpty:
            state.mode = .normal
            return []
        default:
            if input.handle(event) { state.mode = .command(input) }
            return []
        }
    }

    /// Names, paths and fields from the current design for `:` completion.
    public static func completionContext(_ state: AppState) -> CompletionContext {
        let design = state.design
        return CompletionContext(
            virtualNetworks: design.virtualNetworks.map(\.name),
            paths: state.outline.rows.indices.compactMap { state.outline.path(ofRow: $0, in: design) },
            fields: { path in
                guard let location = ResourceLocation(path, in: design) else { return [] }
                return ResourceFields.fields(at: location, in: design).map(\.name)
            },
            values: { path, field in
                guard let location = ResourceLocation(path, in: design),
                    let found = DesignEditor.field(field, at: location, in: design)
                else { return [] }
                return found.kind.suggestions
            },
            prefixProposals: { vnet, partial in
                guard let vnet else { return AddressProposal.virtualNetworkCompletions(partial: partial, in: design) }
                return AddressProposal.subnetCompletions(virtualNetwork: vnet, partial: partial, in: design)
            },
            endpoints: { ReachabilityEndpointChoice.all(in: design).map(\.text) })
    }

    static func handleNormalKey(_ state: inout AppState, _ event: KeyEvent) -> [Effect] {
        if state.reachability.isOpen, let effects = handleReachabilityKey(&state, event) { return effects }
        let visible = state.layout.visibleRows(for: state.focus, showsDiagram: state.showsDiagram)
        switch (event.key, event.modifiers) {
        case (.character("c"), .control):
            return handleNormalKey(&state, .char("q"))
        case (.character("s"), .control):
            return run(.write(file: nil), in: &state)
        case (.character("r"), .control):
            redo(&state)
        case (.character("u"), []):
            undo(&state)
        case (.character("q"), []):
            return run(.quit(force: false), in: &state)
        case (.character(":"), _):
            state.mode = .command(LineInput())
        case (.character("/"), _):
            state.mode = .filter(LineInput(state.focus == .findings ? state.findingsFilter : state.topologyFilter))
        case (.character("?"), _), (.function(1), _):
            state.mode = .help(filter: "")
        case (.tab, _):
            cycleFocus(&state, by: 1)
        case (.backTab, _):
            cycleFocus(&state, by: -1)
        case (.character("r"), []):
            openReachabilityForm(&state)
        case (.character("v"), []):
            state.showsDiagram.toggle()
            if state.showsDiagram, state.focus == .inspector { state.focus = .topology }
        case (.escape, _):
            if state.message != nil {
                state.message = nil
            } else if state.focus == .inspector {
                state.focus = .topology
            } else if state.showsDiagram {
                state.showsDiagram = false
            } else if state.focus == .topology, !state.topologyFilter.isEmpty {
                setFilter(&state, "")
            } else if state.focus == .findings, !state.findingsFilter.isEmpty {
                setFilter(&state, "")
            }
        case (.down, _), (.character("j"), []):
            moveSelection(&state, by: 1)
        case (.up, _), (.character("k"), []):
            moveSelection(&state, by: -1)
        case (.pageDown, _), (.character("d"), .control):
            moveSelection(&state, by: max(1, visible - 1))
        case (.pageUp, _), (.character("u"), .control):
            moveSelection(&state, by: -max(1, visible - 1))
        case (.home, _):
            moveSelection(&state, by: -1_000_000)
        case (.character("g"), []) where state.focus != .inspector:
            moveSelection(&state, by: -1_000_000)
        case (.end, _), (.character("G"), _):
            moveSelection(&state, by: 1_000_000)
        case (.character("a"), []):
            state.mode = .command(LineInput(addCommandPrefix(state)))
        case (.character("E"), _):
            openExportFileName(&state)
        case (.character("d"), []), (.delete, _):
            if state.focus != .findings, let path = state.selectedPath {
                state.mode = .confirmDelete(path: path)
            }
        default:
            switch state.focus {
            case .topology: return handleTopologyKey(&state, event)
            case .inspector: return handleInspectorKey(&state, event)
            case .findings: return handleFindingsKey(&state, event)
            }
        }
        return []
    }

    static func cycleFocus(_ state: inout AppState, by step: Int) {
        let panes = state.showsDiagram ? [Pane.topology, .findings] : Pane.allCases
        let current = panes.firstIndex(of: state.focus) ?? 0
        state.focus = panes[(current + step + panes.count) % panes.count]
    }

    /// `a` opens the command line with the add command that fits the selection.
    static func addCommandPrefix(_ state: AppState) -> String {
        guard let path = state.selectedPath, let location = ResourceLocation(path, in: state.design) else {
            return "add vnet "
        }
        switch location {
        case .virtualNetwork(let v): return "add subnet \(state.design.virtualNetworks[v].name) "
        case .subnet(let v, _), .peering(let v, _): return "add subnet \(state.design.virtualNetworks[v].name) "
        default: return "add vnet "
        }
    }

    static func handleTopologyKey(_ state: inout AppState, _ event: KeyEvent) -> [Effect] {
        switch event.key {
        case .enter, .right, .character("l"):
            if state.selectedPath != nil, !state.showsDiagram { state.focus = .inspector }
        default:
            break
        }
        return []
    }

    static func handleInspectorKey(_ state: inout AppState, _ event: KeyEvent) -> [Effect] {
        guard let path = state.selectedPath, let location = ResourceLocation(path, in: state.design) else { return [] }
        if case .peering(let v, let p) = location {
            return handlePeeringEditorKey(&state, event, vnet: v, peering: p)
        }
        let fields = ResourceFields.fields(at: location, in: state.design)
        guard state.inspectorSelection < fields.count else { return [] }
        let field = fields[state.inspectorSelection]
        switch event.key {
        case .character(" ") where field.kind == .flag:
            toggleField(&state, path: path, field: field.name)
        case .enter:
            if field.kind == .flag {
                toggleField(&state, path: path, field: field.name)
            } else {
                state.mode = .editField(path: path, field: field.name, input: LineInput(field.value))
            }
        case .left, .character("h"):
            state.focus = .topology
        default:
            break
        }
        return []
    }

    static func toggleField(_ state: inout AppState, path: String, field: String) {
        do {
            let design = try DesignEditor.toggle(state.design, path: path, field: field)
            commit(&state, design, structural: false, message: "\(path) \(field) toggled")
        } catch {
            state.message = StatusMessage(error.message, kind: .error)
        }
    }

    static func handlePeeringEditorKey(_ state: inout AppState, _ event: KeyEvent, vnet: Int, peering: Int) -> [Effect]
    {
        let design = state.design
        let halves: [(Int, Int)] =
            [(vnet, peering)] + (DesignEditor.reverseHalf(of: vnet, peering, in: design).map { [$0] } ?? [])
        let path = ResourceLocation.peering(vnet, peering).path(in: design)
        switch event.key {
        case .left, .character("h"):
            if state.inspectorColumn == 0 { state.focus = .topology } else { state.inspectorColumn = 0 }
        case .right, .character("l"):
            state.inspectorColumn = min(halves.count - 1, state.inspectorColumn + 1)
        case .character(" "), .enter:
            let half = halves[min(state.inspectorColumn, halves.count - 1)]
            let flag = VirtualNetworkPeering.flagNames[min(state.inspectorSelection, 3)]
            toggleField(&state, path: ResourceLocation.peering(half.0, half.1).path(in: design), field: flag)
        case .character("g"):
            applyPreset(&state, .gatewayTransit, path: path)
        case .character("n"):
            applyPreset(&state, .spokeToSpokeViaHubAppliance, path: path)
        default:
            break
        }
        return []
    }

    static func applyPreset(_ state: inout AppState, _ preset: PeeringPreset, path: String) {
        do {
            let design = try DesignEditor.apply(preset, toPeering: path, in: state.design)
            commit(&state, design, structural: false, message: "preset: \(preset.title)")
        } catch {
            state.message = StatusMessage(error.message, kind: .error)
        }
    }

    static func handleFindingsKey(_ state: inout AppState, _ event: KeyEvent) -> [Effect] {
        switch event.key {
        case .enter:
            let findings = state.visibleFindings
            if state.findingsSelection < findings.count { jump(to: findings[state.findingsSelection], &state) }
        default:
            handleFindingsWorkflowKey(&state, event)
        }
        return []
    }
}
