import HubSpokeCore

/// Export and import from the designer. The reducer never touches the disk: it asks the
/// runner for the Bicep text and whether the target exists (`Effect.prepareExport`), or for
/// the imported design (`Effect.readImport`), and opens the dialog when the answer comes back.
extension Reducer {
    static func receiveExchange(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .exportPrepared(let path, let text, let fileExists):
            state.mode = .exchange(.exportPreview(ExportPreview(path: path, text: text, fileExists: fileExists)))
        case .importRead(let design, let path):
            state.mode = .exchange(.importChoice(ImportOffer(path: path, design: design)))
        case .importFailed(let reason):
            state.message = StatusMessage("cannot import: \(reason)", kind: .error)
        default:
            break
        }
        return []
    }

    /// `E`: asks for the file, proposing the design's file name with `.bicep`.
    static func openExportFileName(_ state: inout AppState) {
        state.mode = .exchange(.exportFileName(LineInput(defaultExportPath(state.filePath))))
    }

    /// `net.hubspoke.json` -> `net.bicep`, in the same folder; `design.bicep` for a design
    /// that has no file yet.
    static func defaultExportPath(_ filePath: String?) -> String {
        guard let filePath else { return "design.bicep" }
        var base = filePath
        for suffix in [".hubspoke.json", ".json", ".bicep"] where base.asciiLowercased.hasSuffix(suffix) {
            base.removeLast(suffix.count)
            break
        }
        return base + ".bicep"
    }

    static func handleExchangeKey(_ state: inout AppState, _ event: KeyEvent, _ dialog: ExchangeDialog) -> [Effect] {
        switch dialog {
        case .exportFileName(var input):
            switch event.key {
            case .escape:
                state.mode = .normal
                state.message = StatusMessage("export cancelled")
            case .enter:
                let path = input.text.trimmingWhitespace()
                guard path.asciiLowercased.hasSuffix(".bicep"), path.count > ".bicep".count else {
                    input.error = "export writes Bicep: type a file name ending in .bicep"
                    state.mode = .exchange(.exportFileName(input))
                    return []
                }
                state.mode = .normal
                return [.prepareExport(design: state.design, path: path)]
            default:
                if input.handle(event) { state.mode = .exchange(.exportFileName(input)) }
            }
            return []
        case .exportPreview(let preview):
            return handleExportPreviewKey(&state, event, preview)
        case .importChoice(let offer):
            handleImportChoiceKey(&state, event, offer)
            return []
        }
    }

    static func handleExportPreviewKey(_ state: inout AppState, _ event: KeyEvent, _ preview: ExportPreview)
        -> [Effect]
    {
        var preview = preview
        if preview.confirmingOverwrite {
            switch event.key {
            case .character("y"), .character("Y"):
                state.mode = .normal
                return [.export(design: state.design, path: preview.path)]
            case .character("n"), .character("N"), .escape:
                preview.confirmingOverwrite = false
                state.mode = .exchange(.exportPreview(preview))
                state.message = StatusMessage("\(preview.path) left as it was")
            default:
                break
            }
            return []
        }
        let page = max(1, ExchangeDialogView.previewTextRows(state) - 1)
        switch (event.key, event.modifiers) {
        case (.escape, _), (.character("q"), []):
            state.mode = .normal
            state.message = StatusMessage("export cancelled; nothing written")
            return []
        case (.enter, _):
            if preview.fileExists {
                preview.confirmingOverwrite = true
            } else {
                state.mode = .normal
                return [.export(design: state.design, path: preview.path)]
            }
        case (.down, _), (.character("j"), []):
            preview.scroll(by: 1, visibleLines: page + 1)
        case (.up, _), (.character("k"), []):
            preview.scroll(by: -1, visibleLines: page + 1)
        case (.pageDown, _), (.character(" "), []), (.character("d"), .control):
            preview.scroll(by: page, visibleLines: page + 1)
        case (.pageUp, _), (.character("u"), .control):
            preview.scroll(by: -page, visibleLines: page + 1)
        case (.home, _), (.character("g"), []):
            preview.scroll(by: -preview.lines.count, visibleLines: page + 1)
        case (.end, _), (.character("G"), _):
            preview.scroll(by: preview.lines.count, visibleLines: page + 1)
        default:
            return []
        }
        state.mode = .exchange(.exportPreview(preview))
        return []
    }

    static func handleImportChoiceKey(_ state: inout AppState, _ event: KeyEvent, _ offer: ImportOffer) {
        switch event.key {
        case .character("r"), .character("R"):
            state.mode = .normal
            let count = resourceCount(offer.design)
            commit(
                &state, offer.design, structural: true,
                message: "replaced the design with \(offer.path) (\(count) resources); u to undo")
            state.selectedPath = state.firstSelectablePath
        case .character("m"), .character("M"):
            state.mode = .normal
            let merge = ImportMerge(state.design, adding: offer.design)
            guard !merge.added.isEmpty else {
                state.message = StatusMessage(
                    "nothing merged from \(offer.path): every name is taken (\(merge.skipped.prefix(6).joined(separator: ", ")))",
                    kind: .error)
                return
            }
            commit(&state, merge.design, structural: true, message: merge.summary(from: offer.path))
        case .character("c"), .character("C"), .escape:
            state.mode = .normal
            state.message = StatusMessage("import cancelled")
        default:
            break
        }
    }

    /// Named resources in a design, for the replace message.
    static func resourceCount(_ design: Design) -> Int {
        ImportMerge(Design(), adding: design).added.count
    }
}
