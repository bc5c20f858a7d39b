import HubSpokeCore

/// The `:` commands. Each edit is one undo step; a refused edit leaves the design as it was
/// and says why in the message line.
extension Reducer {
    static func run(_ command: PaletteCommand, in state: inout AppState) -> [Effect] {
        do {
            return try perform(command, &state)
        } catch {
            state.message = StatusMessage(error.message, kind: .error)
            return []
        }
    }

    private static func perform(_ command: PaletteCommand, _ state: inout AppState) throws(PaletteError) -> [Effect] {
        switch command {
        case .addVirtualNetwork(let name, let prefix, let region):
            let prefix = try AddressProposal.resolveVirtualNetworkPrefix(prefix, in: state.design)
            let design = try DesignEditor.addVirtualNetwork(state.design, name: name, prefix: prefix, region: region)
            commit(&state, design, structural: true, message: "added \(name) \(prefix)")
            _ = select(&state, path: name)
        case .addSubnet(let vnet, let name, let prefix):
            let prefix = try AddressProposal.resolveSubnetPrefix(prefix, virtualNetwork: vnet, in: state.design)
            let design = try DesignEditor.addSubnet(state.design, virtualNetwork: vnet, name: name, prefix: prefix)
            commit(&state, design, structural: true, message: "added subnet \(name) \(prefix) to \(vnet)")
            if case .subnet(let v, let s)? = ResourceLocation(ResourcePath.child(vnet, .subnets, name), in: design) {
                _ = select(&state, path: ResourceLocation.subnet(v, s).path(in: design))
            }
        case .addResource(let recipe):
            try addResource(recipe, &state)
        case .peer(let first, let second):
            let design = try DesignEditor.peer(state.design, first, second)
            commit(
                &state, design, structural: true, message: "peered \(first) and \(second): both halves, default flags")
            if case .virtualNetwork(let a)? = ResourceLocation(first, in: design),
                let last = design.virtualNetworks[a].virtualNetworkPeerings.indices.last
            {
                _ = select(&state, path: ResourceLocation.peering(a, last).path(in: design))
            }
        case .set(let path, let field, let value):
            let design = try DesignEditor.set(state.design, path: path, field: field, value: value)
            commit(
                &state, design, structural: field.lowercased() == "remotevirtualnetwork",
                message: "\(path) \(field) = \(value)")
        case .delete(let path):
            let location = ResourceLocation(path, in: state.design)
            let (design, alsoRemoved) = try DesignEditor.deleteWithDependents(state.design, path: path)
            let also = alsoRemoved.isEmpty ? "" : " and \(alsoRemoved.joined(separator: ", "))"
            commit(
                &state, design, structural: true,
                message: "deleted \(location?.kindName ?? "resource") \(path)\(also); u to undo")
        case .write(let file):
            return save(&state, to: file, quitAfter: false)
        case .writeQuit(let file):
            return save(&state, to: file, quitAfter: true)
        case .export(let file):
            return [.export(design: state.design, path: file)]
        case .diagram(let file):
            return try DiagramPaletteCommand.effects(state, file: file)
        case .edit(let file):
            guard !state.isDirty else {
                throw PaletteError("unsaved changes: :w to save them or :q! to quit without saving before :e")
            }
            return [.load(path: file)]
        case .quit(let force):
            if force || !state.isDirty { return [.discardRecovery, .quit(code: 0)] }
            state.mode = .quitPrompt
        case .undo:
            undo(&state)
        case .redo:
            redo(&state)
        case .theme(let name):
            return [.applyTheme(name)]
        case .goto(let path):
            guard let location = ResourceLocation(path, in: state.design) else {
                throw PaletteError("nothing at \(path)")
            }
            let canonical = location.path(in: state.design)
            guard select(&state, path: canonical) else { throw PaletteError("nothing at \(path)") }
            state.showsDiagram = false
            state.focus = .inspector
        case .help:
            state.mode = .help(filter: "")
        case .exportPreview, .importDesign, .suppress, .unsuppress:
            return try performFindingsAndExchange(command, &state)
        case .reach(let query):
            runReachability(&state, query)
        case .addRouteTable, .addRoute, .routeThroughFirewall:
            try performRouting(command, &state)
        case .addSecurityGroup, .addSecurityRule, .attach, .detach:
            try performSecurityCommand(command, &state)
        }
        return []
    }

    static func save(_ state: inout AppState, to file: String?, quitAfter: Bool) -> [Effect] {
        guard let path = file ?? state.filePath else {
            state.mode = .askSavePath(LineInput("design.hubspoke.json"), quitAfter: quitAfter)
            return []
        }
        return [.save(design: state.design, path: path, quitAfter: quitAfter)]
    }
}
