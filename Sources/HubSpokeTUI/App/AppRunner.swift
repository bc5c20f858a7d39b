import HubSpokeCore

/// The loop that connects a terminal to the pure core of the app:
/// event -> action -> reduce -> effects -> validation -> render -> draw.
/// It performs effects (files, theme, quit), validates every new design, and writes the
/// recovery file every few seconds while there are unsaved changes.
public final class AppRunner {
    public private(set) var state: AppState
    private let backend: TerminalBackend
    private let storage: DesignStorage
    /// Bicep text, file existence and reading for export and import; a storage that also
    /// conforms to ``DesignExchange`` is used by default.
    public var exchange: (any DesignExchange)?
    private let themes: ThemeSelection
    private let worker: ValidationWorker
    private let recoveryInterval: Duration
    private var lastRecoveryWrite = ContinuousClock.now
    private var recoveryRevision = -1
    private var pendingRevision: Int?
    private var lastValidationTime: Duration = .zero
    private var exitCode: Int32?
    /// Called once, right after the first frame has been drawn (startup measurements).
    public var onFirstFrame: (() -> Void)?

    public init(
        state: AppState, backend: TerminalBackend, storage: DesignStorage, themes: ThemeSelection,
        validator: Validator = Validator(), recoveryInterval: Duration = .seconds(2)
    ) {
        self.state = state
        self.backend = backend
        self.storage = storage
        self.exchange = storage as? any DesignExchange
        self.themes = themes
        self.worker = ValidationWorker(validator: validator)
        self.recoveryInterval = recoveryInterval
        let size = backend.size
        self.state.width = size.width
        self.state.height = size.height
    }

    /// Runs until the user quits or a termination signal arrives; returns the exit code
    /// (0, or 128 + signal). The terminal is shut down on every way out, including a throw.
    public func run() throws -> Int32 {
        defer { backend.shutdown() }
        validate()
        while true {
            let frame = Screen.render(state)
            backend.draw(frame.grid, cursor: frame.cursor)
            if let first = onFirstFrame {
                onFirstFrame = nil
                first()
            }
            let event = backend.nextEvent(timeoutMilliseconds: pendingRevision == nil ? 100 : 10)
            if case .signal(let number) = event {
                backend.shutdown()
                return 128 + number
            }
            try handle(event)
            if let exitCode { return exitCode }
        }
    }

    /// One event through the reducer and its effects (also used by tests with a fake backend).
    public func handle(_ event: InputEvent) throws {
        switch event {
        case .key(let key): dispatch(.key(key))
        case .mouse(let mouse): dispatch(.mouse(mouse))
        case .resize(let width, let height): dispatch(.resize(width: width, height: height))
        case .signal, .tick: break
        }
        collectValidation()
        writeRecoveryIfDue()
    }

    public func dispatch(_ action: Action) {
        let effects = Reducer.reduce(&state, action)
        if state.designRevision != state.validatedRevision, pendingRevision != state.designRevision { validate() }
        for effect in effects { perform(effect) }
    }

    private func validate() {
        if lastValidationTime <= ValidationWorker.inlineBudget {
            let (findings, elapsed) = worker.validateInline(state.design)
            lastValidationTime = elapsed
            _ = Reducer.reduce(&state, .validated(findings, revision: state.designRevision))
        } else {
            pendingRevision = state.designRevision
            worker.submit(state.design, revision: state.designRevision)
        }
    }

    private func collectValidation() {
        guard pendingRevision != nil, let result = worker.take() else { return }
        _ = Reducer.reduce(&state, .validated(result.findings, revision: result.revision))
        if result.revision == state.designRevision {
            pendingRevision = nil
        } else if result.revision < state.designRevision {
            pendingRevision = state.designRevision
            worker.submit(state.design, revision: state.designRevision)
        }
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .save(let design, let path, let quitAfter):
            do {
                try storage.save(design, path: path)
                if let old = state.filePath { storage.removeRecovery(for: old) }
                storage.removeRecovery(for: path)
                recoveryRevision = state.designRevision
                dispatch(.saved(path: path, quitAfter: quitAfter))
            } catch {
                dispatch(.saveFailed("\(error)"))
            }
        case .export(let design, let path):
            do {
                try storage.save(design, path: path)
                dispatch(.exported(path: path))
            } catch {
                dispatch(.saveFailed("\(error)"))
            }
        case .writeDiagram(let text, let path):
            dispatch(DiagramPaletteCommand.write(text, to: path, through: storage))
        case .load(let path):
            do {
                let design = try storage.load(path: path) ?? Design()
                dispatch(.loaded(design, path: path, recovery: storage.readRecovery(for: path)))
            } catch {
                dispatch(.loadFailed("\(error)"))
            }
        case .quit(let code):
            exitCode = code
        case .applyTheme(let name):
            if themes.colorIsDisabled {
                dispatch(.themeFailed("NO_COLOR is set: staying monochrome"))
                return
            }
            do {
                let theme = try themes.load(name)
                backend.apply(theme)
                dispatch(.themeApplied(theme.name))
            } catch {
                dispatch(.themeFailed("\(error)"))
            }
        case .discardRecovery:
            if let path = state.filePath { storage.removeRecovery(for: path) }
        case .prepareExport, .readImport:
            performExchange(effect)
        }
    }

    private func writeRecoveryIfDue() {
        guard state.isDirty, let path = state.filePath, state.designRevision != recoveryRevision,
            ContinuousClock.now - lastRecoveryWrite >= recoveryInterval
        else { return }
        lastRecoveryWrite = .now
        recoveryRevision = state.designRevision
        try? storage.writeRecovery(state.design, for: path)
    }
}
