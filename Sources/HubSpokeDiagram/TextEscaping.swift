/// Replaces the characters a picture format gives meaning to (XML's `&` and `<`, DOT's `"`
/// and `\`, Mermaid's `#` and `"`) by their escaped forms, leaving everything else as it is.
func escaped(_ text: String, _ replacements: [Character: String]) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
        if let replacement = replacements[character] { out += replacement } else { out.append(character) }
    }
    return out
}
