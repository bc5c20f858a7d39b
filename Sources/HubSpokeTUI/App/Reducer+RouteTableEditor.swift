import HubSpokeCore

/// Route tables in the reducer: the `:add routetable`, `:add route` and
/// `:route-through-firewall` commands, the `F` key, and the route table editor's keys
/// (row 0 is the BGP propagation flag, then one row per route; columns are the route's
/// prefix, next hop type and next hop IP).
extension Reducer {
    /// The route fields the editor's columns edit, left to right.
    static let routeEditorFields = ["addressPrefix", "nextHopType", "nextHopIpAddress"]

    static func performRouting(_ command: PaletteCommand, _ state: inout AppState) throws(PaletteError) {
        switch command {
        case .addRouteTable(let name):
            let design = try RouteEditing.addRouteTable(state.design, name: name)
            commit(&state, design, structural: true, message: "added route table \(name)")
            _ = select(&state, path: name)
        case .addRoute(let table, let name, let prefix, let nextHopType, let nextHopIpAddress):
            let design = try RouteEditing.addRoute(
                state.design, table: table, name: name, prefix: prefix, nextHopType: nextHopType,
                nextHopIpAddress: nextHopIpAddress)
            commit(&state, design, structural: true, message: "added route \(name) to \(table)")
            if case .route(let t, let r)? = ResourceLocation(ResourcePath.child(table, .routes, name), in: design),
                select(&state, path: design.routeTables[t].name)
            {
                state.showsDiagram = false
                state.focus = .inspector
                state.inspectorSelection = r + 1
            }
        case .routeThroughFirewall(let hub):
            guard let name = hub ?? FirewallRouting.defaultHub(selection: state.selectedPath, in: state.design) else {
                throw PaletteError("which hub? :route-through-firewall HUB (the VNet that holds the Azure Firewall)")
            }
            let outcome = try FirewallRouting.apply(to: state.design, hub: name)
            guard outcome.design != state.design else {
                state.message = StatusMessage(
                    "nothing changed: the spokes of \(name) already route through its firewall")
                return
            }
            commit(&state, outcome.design, structural: true, message: outcome.summary + "; u to undo")
        default:
            break
        }
    }

    /// `F`: route the spokes of the selected hub (or of the selected firewall's VNet).
    static func routeThroughFirewallKey(_ state: inout AppState) {
        let design = state.design
        guard let path = state.selectedPath, let location = ResourceLocation(path, in: design),
            let v = FirewallRouting.virtualNetwork(around: location, in: design),
            FirewallRouting.firewall(in: v, of: design) != nil || TopologyRoles(design).isHub(v)
        else {
            state.message = StatusMessage(
                "F routes a hub's spokes through its firewall: select the hub or its firewall, "
                    + "or type :route-through-firewall HUB", kind: .error)
            return
        }
        _ = run(.routeThroughFirewall(hub: design.virtualNetworks[v].name), in: &state)
    }

    /// In the route table editor with a route row selected, `d` deletes that route.
    static func routeEditorDeletionPath(_ state: AppState) -> String? {
        guard state.focus == .inspector, state.inspectorSelection > 0, let path = state.selectedPath,
            case .routeTable(let t)? = ResourceLocation(path, in: state.design),
            state.inspectorSelection <= state.design.routeTables[t].routes.count
        else { return nil }
        return ResourceLocation.route(t, state.inspectorSelection - 1).path(in: state.design)
    }

    static func handleRouteTableEditorKey(_ state: inout AppState, _ event: KeyEvent, table t: Int) -> [Effect] {
        let table = state.design.routeTables[t]
        let row = state.inspectorSelection
        switch event.key {
        case .left, .character("h"):
            if state.inspectorColumn == 0 || row == 0 {
                state.focus = .topology
            } else {
                state.inspectorColumn -= 1
            }
        case .right, .character("l"):
            if row > 0 { state.inspectorColumn = min(routeEditorFields.count - 1, state.inspectorColumn + 1) }
        case .character(" ") where row == 0, .enter where row == 0:
            toggleField(&state, path: table.name, field: "disableBgpRoutePropagation")
        case .enter where row <= table.routes.count:
            let path = ResourceLocation.route(t, row - 1).path(in: state.design)
            let field = routeEditorFields[min(state.inspectorColumn, routeEditorFields.count - 1)]
            let value = DesignEditor.field(field, at: .route(t, row - 1), in: state.design)?.value ?? ""
            state.mode = .editField(path: path, field: field, input: LineInput(value))
        default:
            break
        }
        return []
    }

    /// A click in the route table editor selects the flag row or a route's field; false when
    /// the inspector does not show a route table.
    static func clickRouteTableEditor(_ state: inout AppState, row: Int, x: Int, width: Int, height: Int) -> Bool {
        guard let path = state.selectedPath, case .routeTable(let t)? = ResourceLocation(path, in: state.design) else {
            return false
        }
        if let hit = RouteTableView.hit(
            state, table: t, contentRow: row, contentX: x, innerWidth: width, innerHeight: height)
        {
            state.inspectorSelection = hit.row
            state.inspectorColumn = hit.column
        }
        return true
    }

    /// Tab in a field editor: completes the value from the field's choices (a route's next hop
    /// types) or, for a route's next hop IP, from the firewalls' and NVAs' addresses. A value
    /// that already is a candidate steps to the next one, so Tab cycles.
    static func completeFieldValue(_ input: inout LineInput, path: String, field: String, in state: AppState) {
        guard let location = ResourceLocation(path, in: state.design),
            let spec = DesignEditor.field(field, at: location, in: state.design)
        else { return }
        var candidates = spec.kind.suggestions
        if case .route = location, spec.name == "nextHopIpAddress" {
            candidates += RouteEditing.applianceAddresses(in: state.design)
        }
        let typed = input.text.trimmingWhitespace()
        let next: String?
        if let current = candidates.firstIndex(where: { $0.equalsIgnoringCase(typed) }) {
            next = candidates[(current + 1) % candidates.count]
        } else {
            next = candidates.first { $0.lowercased().hasPrefix(typed.lowercased()) }
        }
        guard let next else {
            input.error = candidates.isEmpty ? "no completions" : "no value starts with \(typed)"
            return
        }
        input = LineInput(next)
    }

    /// Route table names and appliance addresses for `:add route` completion.
    static func addRoutingCompletions(_ context: inout CompletionContext, _ design: Design) {
        context.routeTables = design.routeTables.map(\.name)
        context.nextHopAddresses = RouteEditing.applianceAddresses(in: design)
    }
}
