import HubSpokeCore

/// The peering editor: the four flags of both halves side by side (this half, the remote half
/// that points back), so a mismatch such as `useRemoteGateways` without the hub's
/// `allowGatewayTransit` is visible at a glance. Space toggles; `g` and `n` apply presets.
public enum PeeringEditorView {
    static func render(
        _ state: AppState, vnet v: Int, peering p: Int, into grid: inout CellGrid, inner: Rect, focused: Bool
    ) -> Int {
        let design = state.design
        let local = design.virtualNetworks[v].virtualNetworkPeerings[p]
        let reverse = DesignEditor.reverseHalf(of: v, p, in: design)
        let remote = reverse.map { design.virtualNetworks[$0.0].virtualNetworkPeerings[$0.1] }
        let labelWidth = 26
        let columnWidth = max(12, (inner.width - labelWidth - 2) / 2)
        let leftX = inner.x + 1 + labelWidth
        let rightX = leftX + columnWidth
        var y = inner.y + InspectorView.firstFieldRow - 1
        let localOwner = design.virtualNetworks[v].name
        let remoteOwner = reverse.map { design.virtualNetworks[$0.0].name }
        grid.put("in " + localOwner, x: leftX, y: y, role: .header, maxWidth: columnWidth - 1)
        grid.put(
            remoteOwner.map { "in " + $0 } ?? "(no remote half)", x: rightX, y: y,
            role: remote == nil ? .error : .header,
            maxWidth: columnWidth - 1)
        y += 1
        let halves = [local] + (remote.map { [$0] } ?? [])
        for (row, flag) in VirtualNetworkPeering.flagNames.enumerated() {
            grid.put(PeeringFlags.labels[flag] ?? flag, x: inner.x + 1, y: y, role: .muted, maxWidth: labelWidth - 1)
            for (column, half) in halves.enumerated() {
                let on = value(flag, of: half)
                let x = column == 0 ? leftX : rightX
                grid.put(on ? "[x] on " : "[ ] off", x: x, y: y, role: on ? .flagOn : .flagOff)
                if focused, row == state.inspectorSelection, column == state.inspectorColumn, case .normal = state.mode
                {
                    grid.paint(Rect(x: x, y: y, width: 7, height: 1), role: .selection)
                }
            }
            y += 1
        }
        y += 1
        grid.put("Presets (both halves):", x: inner.x + 1, y: y, role: .header)
        y += 1
        for (key, preset) in [("g", PeeringPreset.gatewayTransit), ("n", .spokeToSpokeViaHubAppliance)] {
            let used = grid.put(" \(key) ", x: inner.x + 1, y: y, role: .statusKey)
            grid.put(preset.title, x: inner.x + 2 + used, y: y, role: .normal, maxWidth: inner.width - used - 2)
            y += 1
        }
        return y
    }

    static func value(_ flag: String, of peering: VirtualNetworkPeering) -> Bool {
        switch flag {
        case "allowVirtualNetworkAccess": peering.allowVirtualNetworkAccess
        case "allowForwardedTraffic": peering.allowForwardedTraffic
        case "allowGatewayTransit": peering.allowGatewayTransit
        default: peering.useRemoteGateways
        }
    }
}
