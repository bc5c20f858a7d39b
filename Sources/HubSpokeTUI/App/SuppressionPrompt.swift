/// `s` in the validation pane: asks why a finding is accepted before suppressing it on its
/// resource. The reason is mandatory; an empty one is refused at the prompt.
public struct SuppressionPrompt: Hashable, Sendable {
    public var rule: String
    /// The finding's first resource, which the suppression is for.
    public var path: String
    public var input: LineInput

    public init(rule: String, path: String, input: LineInput = LineInput()) {
        self.rule = rule
        self.path = path
        self.input = input
    }
}
