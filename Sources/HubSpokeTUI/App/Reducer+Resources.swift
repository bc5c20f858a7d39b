import HubSpokeCore

/// `:add vm|nva|gateway|firewall|bastion|publicip`: one undo step that adds the resource with
/// everything it needs, then selects it in the inspector.
extension Reducer {
    static func addResource(_ recipe: ResourceRecipe, _ state: inout AppState) throws(PaletteError) {
        let added = try DesignEditor.add(recipe, to: state.design)
        commit(&state, added.design, structural: true, message: added.summary)
        _ = select(&state, path: added.selection)
    }
}
