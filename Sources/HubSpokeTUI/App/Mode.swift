/// What the keyboard is talking to. Normal mode navigates panes; the others own the keyboard
/// until Enter or Esc.
public enum Mode: Hashable, Sendable {
    case normal
    /// `:` command palette.
    case command(LineInput)
    /// `/` filter for the focused list.
    case filter(LineInput)
    /// Editing a field of the selected resource in place.
    case editField(path: String, field: String, input: LineInput)
    /// `d`: delete this path after y/n.
    case confirmDelete(path: String)
    /// `q` with unsaved changes: save, discard or cancel.
    case quitPrompt
    /// Saving a design that has no file yet: asks for a path, then saves (and quits if asked).
    case askSavePath(LineInput, quitAfter: Bool)
    /// `?` help overlay, with a type-to-filter text.
    case help(filter: String)
    /// A recovery file was found on open: recover or discard.
    case recoveryPrompt
    /// `s` in the validation pane: the mandatory reason for suppressing a finding.
    case suppressReason(SuppressionPrompt)
    /// Export file name, Bicep preview, or import's merge-or-replace question.
    case exchange(ExchangeDialog)
}
