import HubSpokeCore

/// Everything that can change the app state: input events, and outcomes of effects and of
/// validation reported back by the runner.
public enum Action: Sendable {
    case key(KeyEvent)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    case command(PaletteCommand)
    /// Findings for the design of `revision`; ignored if the design has changed since.
    case validated([Finding], revision: Int)
    case saved(path: String, quitAfter: Bool)
    case saveFailed(String)
    case exported(path: String)
    case diagramWritten(path: String)
    case loaded(Design, path: String, recovery: Design?)
    case loadFailed(String)
    case themeApplied(String)
    case themeFailed(String)
    /// The export preview the runner made for `Effect.prepareExport`.
    case exportPrepared(path: String, text: String, fileExists: Bool)
    /// A design `:import` read; the reducer asks merge or replace.
    case importRead(Design, path: String)
    case importFailed(String)
}
