import HubSpokeCore

/// The export and import dialogs: the file-name prompt of `E`, the scrollable Bicep preview of
/// `:export` (with the overwrite question), and the merge-or-replace question of `:import`.
public enum ExchangeDialogView {
    public static func render(_ dialog: ExchangeDialog, state: AppState, into frame: inout Frame) {
        switch dialog {
        case .exportFileName(let input):
            renderFileName(input, state: state, into: &frame)
        case .exportPreview(let preview):
            renderPreview(preview, state: state, into: &frame.grid)
        case .importChoice(let offer):
            let merge = ImportMerge(state.design, adding: offer.design)
            var lines = [
                "Import \(offer.path): \(merge.added.count + merge.skipped.count) resources", "",
                "m  merge: add the \(merge.added.count) whose names are free",
            ]
            if !merge.skipped.isEmpty {
                lines.append(
                    "   (skips \(merge.skipped.prefix(5).joined(separator: ", "))\(merge.skipped.count > 5 ? ", …" : ""))"
                )
            }
            lines += ["r  replace the design with it (u undoes)", "Esc  cancel"]
            OverlayView.dialog(lines, title: "Import", state: state, into: &frame.grid)
        }
    }

    /// Key hints for the status line while a dialog is open.
    public static func hints(_ dialog: ExchangeDialog) -> [(String, String)] {
        switch dialog {
        case .exportFileName: [("Enter", "preview"), ("Esc", "cancel")]
        case .exportPreview(let preview) where preview.confirmingOverwrite: [("y", "overwrite"), ("n", "back")]
        case .exportPreview: [("Enter", "write"), ("j/k PgUp/PgDn", "scroll"), ("Esc", "cancel")]
        case .importChoice: [("m", "merge"), ("r", "replace"), ("Esc", "cancel")]
        }
    }

    /// The preview's box: the whole screen but a margin and the status and command lines.
    static func previewRect(_ state: AppState) -> Rect {
        Rect(x: 2, y: 1, width: max(10, state.width - 4), height: max(5, state.height - 4))
    }

    /// Lines of Bicep the preview shows at once (the reducer pages by it).
    public static func previewTextRows(_ state: AppState) -> Int {
        previewRect(state).height - 3
    }

    static func renderPreview(_ preview: ExportPreview, state: AppState, into grid: inout CellGrid) {
        let rect = previewRect(state)
        let rows = previewTextRows(state)
        grid.fill(rect, with: Cell(" ", role: .overlay))
        let last = min(preview.lines.count, preview.scroll + rows)
        let range = preview.lines.isEmpty ? "empty" : "lines \(preview.scroll + 1)-\(last) of \(preview.lines.count)"
        grid.box(
            rect, role: .overlayBorder, title: "Export \(preview.path) — \(range)", titleRole: .overlayBorder)
        let numberWidth = String(preview.lines.count).count
        for line in 0..<rows {
            let i = preview.scroll + line
            guard i < preview.lines.count else { break }
            let y = rect.y + 1 + line
            let number = String(i + 1)
            grid.put(
                String(repeating: " ", count: numberWidth - number.count) + number, x: rect.x + 2, y: y, role: .muted)
            grid.put(
                preview.lines[i], x: rect.x + 3 + numberWidth, y: y, role: .overlay,
                maxWidth: rect.maxX - 2 - (rect.x + 3 + numberWidth))
        }
        let footerY = rect.maxY - 2
        if preview.confirmingOverwrite {
            grid.put(
                "\(preview.path) exists. Overwrite it? y overwrite   n back", x: rect.x + 2, y: footerY, role: .warning,
                style: .bold, maxWidth: rect.width - 4)
        } else {
            let action = preview.fileExists ? "Enter write (asks: the file exists)" : "Enter write"
            grid.put(
                "\(action)   Esc cancel   j/k PgUp/PgDn g/G scroll", x: rect.x + 2, y: footerY, role: .muted,
                maxWidth: rect.width - 4)
        }
    }

    static func renderFileName(_ input: LineInput, state: AppState, into frame: inout Frame) {
        let width = min(state.width - 4, 80)
        let rect = Rect(x: (state.width - width) / 2, y: max(0, (state.height - 6) / 2), width: width, height: 6)
        frame.grid.fill(rect, with: Cell(" ", role: .overlay))
        frame.grid.box(rect, role: .overlayBorder, title: "Export Bicep", titleRole: .overlayBorder)
        let label = "File: "
        let x = rect.x + 2
        frame.grid.put(label, x: x, y: rect.y + 1, role: .overlay, style: .bold)
        frame.grid.put(input.text, x: x + label.count, y: rect.y + 1, role: .input, maxWidth: width - 4 - label.count)
        frame.cursorX = min(rect.maxX - 3, x + label.count + String(input.text.prefix(input.cursor)).terminalWidth)
        frame.cursorY = rect.y + 1
        if let error = input.error {
            frame.grid.put(error, x: x, y: rect.y + 2, role: .inputError, maxWidth: width - 4)
        }
        frame.grid.put("Enter preview   Esc cancel", x: x, y: rect.y + 4, role: .muted, maxWidth: width - 4)
    }
}
