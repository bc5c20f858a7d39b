import HubSpokeCore

/// The validation pane: findings in validator order (errors first), with glyph, rule ID,
/// resource and message. Findings on the selected item are marked with `»`.
public enum FindingsView {
    public static func render(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        let focused = state.focus == .findings
        let findings = state.visibleFindings
        Screen.frame(&grid, rect, title: title(state, shown: findings.count), focused: focused)
        let inner = rect.inset(by: 1)
        if findings.isEmpty {
            grid.put(
                state.findings.isEmpty ? "✓ No findings" : "No finding matches the filter", x: inner.x + 1, y: inner.y,
                role: state.findings.isEmpty ? .ok : .muted)
            return
        }
        let selectedKey = state.selectedPath?.asciiLowercased
        let visible = findings[state.findingsScroll..<min(findings.count, state.findingsScroll + inner.height)]
        let resourceWidth = min(
            inner.width / 2, (visible.map { ($0.resources.first ?? "").terminalWidth }.max() ?? 0) + 2)
        grid.clipped(to: inner) { grid in
            for line in 0..<inner.height {
                let i = state.findingsScroll + line
                guard i < findings.count else { break }
                let finding = findings[i]
                let y = inner.y + line
                let related =
                    selectedKey.map { key in finding.resources.contains { $0.asciiLowercased == key } } ?? false
                if related { grid.put("»", x: inner.x, y: y, role: .match, style: .bold) }
                var x = inner.x + 1
                let role = finding.isSuppressed ? ColorRole.muted : FindingGlyph.role(finding.severity)
                let glyph = finding.isSuppressed ? FindingGlyph.suppressed : FindingGlyph.glyph(finding.severity)
                let style: CellStyle = finding.isSuppressed ? .dim : []
                x += grid.put("\(glyph) ", x: x, y: y, role: role, style: style)
                x += grid.put(finding.rule.padding(9), x: x, y: y, role: role, style: style)
                let resource = finding.resources.first ?? ""
                let shown =
                    resource.terminalWidth > resourceWidth - 2 ? "…" + resource.suffix(resourceWidth - 3) : resource
                grid.put(shown, x: x, y: y, role: related ? .match : .prefix)
                x += resourceWidth
                grid.put(
                    text(of: finding), x: x, y: y, role: finding.isSuppressed ? .muted : .normal, style: style,
                    maxWidth: inner.maxX - x)
                if i == state.findingsSelection, focused {
                    grid.paint(Rect(x: inner.x + 1, y: y, width: inner.width - 1, height: 1), role: .selection)
                }
            }
        }
        if findings.count > inner.height {
            let indicator = "\(min(findings.count, state.findingsScroll + inner.height))/\(findings.count)"
            grid.put(indicator, x: rect.maxX - indicator.count - 2, y: rect.maxY - 1, role: .muted)
        }
    }
}

extension FindingsView {
    /// `Validation  ✖ 3  ▲ 2  ● 1  ⊘ 2 suppressed  /sev:warning+ (4 of 8)`: the counts of
    /// unsuppressed findings by severity, the suppressed ones apart, and the active filter.
    static func title(_ state: AppState, shown: Int) -> String {
        let index = state.findingIndex
        var title = "Validation  ✖ \(index.errors)  ▲ \(index.warnings)  ● \(index.infos)"
        if index.suppressed > 0 { title += "  \(FindingGlyph.suppressed) \(index.suppressed) suppressed" }
        if state.validatedRevision != state.designRevision { title += "  validating…" }
        if !state.findingsFilter.isEmpty { title += "  /\(state.findingsFilter) (\(shown) of \(state.findings.count))" }
        return title
    }

    /// A suppressed finding keeps its severity and says why it is accepted.
    static func text(of finding: Finding) -> String {
        guard let reason = finding.suppressedReason else { return finding.message }
        return "[\(finding.severity.rawValue) suppressed: \(reason)] \(finding.message)"
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
