/// `// hubspoke:suppress RULE reason`: a finding accepted for the resource (or inline child)
/// written directly below the comment. The reason is required; a bare rule ID is ignored so a
/// suppression never hides a finding without saying why.
struct SuppressionComment: Hashable {
    var rule: String
    var reason: String

    static let marker = "hubspoke:suppress"

    /// Parses the text of a `//` comment (without the slashes).
    init?(commentText: String) {
        let trimmed = commentText.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix(SuppressionComment.marker) else { return nil }
        let rest = trimmed.dropFirst(SuppressionComment.marker.count)
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let words = rest.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard words.count == 2 else { return nil }
        rule = String(words[0])
        var reason = Substring(words[1])
        while reason.last == " " || reason.last == "\t" || reason.last == "\r" { reason = reason.dropLast() }
        guard !reason.isEmpty else { return nil }
        self.reason = String(reason)
    }
}
