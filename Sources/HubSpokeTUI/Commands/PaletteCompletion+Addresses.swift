/// Where `:add vnet NAME ` and `:add subnet VNET NAME ` expect a prefix, Tab offers the address
/// planner's proposals: for a typed size (`/24`) the next free prefix of that size, otherwise
/// the next free prefix of the usual sizes.
extension PaletteCompletion {
    static func addressProposals(after words: [String], partial: String, context: CompletionContext) -> [String]? {
        guard words.first == "add", words.count >= 2 else { return nil }
        let proposals: [String]
        switch (words[1], words.count) {
        case ("vnet", 3): proposals = context.prefixProposals(nil, partial)
        case ("subnet", 4): proposals = context.prefixProposals(words[2], partial)
        default: return nil
        }
        return partial.hasPrefix("/") ? proposals : proposals.filter { $0.hasPrefix(partial) }
    }
}
