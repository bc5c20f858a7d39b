import HubSpokeCore

/// Tab completion for the `:` command line: the word under the cursor (the last word) is
/// completed from command words, VNet names, resource paths, fields or theme names depending
/// on its position in the command.
public enum PaletteCompletion {
    /// Candidates for the last word of `input` (an empty last word when input ends in a space).
    public static func candidates(for input: String, context: CompletionContext) -> [String] {
        var words = PaletteCommandParser.tokenize(input)
        let partial: String
        if input.isEmpty || input.hasSuffix(" ") {
            partial = ""
        } else {
            partial = words.removeLast()
        }
        if let proposals = addressProposals(after: words, partial: partial, context: context) { return proposals }
        let options = options(after: words, context: context)
        let lower = partial.lowercased()
        return options.filter { $0.lowercased().hasPrefix(lower) }
    }

    static func options(after words: [String], context: CompletionContext) -> [String] {
        guard let head = words.first else { return PaletteCommandParser.commandWords }
        if let security = securityOptions(after: words, context: context) { return security }
        let position = words.count
        switch (head, position) {
        case ("add", 1): return PaletteCommandParser.addKinds
        case ("add", _) where ResourceRecipe.kinds.contains(words[1]):
            return ResourceRecipe.completions(kind: words[1], typed: Array(words.dropFirst(2)), context: context)
        case ("add", 2) where words[1] == "route": return context.routeTables
        case ("add", 5) where words[1] == "route": return Route.userNextHopTypes
        case ("add", 6) where words[1] == "route" && words[5].equalsIgnoringCase("VirtualAppliance"):
            return context.nextHopAddresses
        case ("route-through-firewall", 1): return context.virtualNetworks
        case ("add", 2) where words[1] == "subnet": return context.virtualNetworks
        case ("peer", 1), ("peer", 2): return context.virtualNetworks.filter { !words.dropFirst().contains($0) }
        case ("set", 1), ("del", 1), ("goto", 1): return context.paths
        case ("suppress", 2), ("unsuppress", 2): return context.paths
        case ("set", 2): return context.fields(words[1])
        case ("set", 3): return context.values(words[1], words[2])
        case ("theme", 1): return context.themes
        case ("reach", 1), ("reach", 2): return context.endpoints()
        case ("reach", 4): return ["tcp", "udp", "icmp"]
        default: return []
        }
    }

    /// The input with its last word extended as far as all candidates agree; a single
    /// candidate is completed fully and followed by a space.
    public static func complete(_ input: String, context: CompletionContext) -> String {
        let found = candidates(for: input, context: context)
        guard let first = found.first else { return input }
        let base: String
        if input.isEmpty || input.hasSuffix(" ") {
            base = input
        } else if let space = input.lastIndex(of: " ") {
            base = String(input[...space])
        } else {
            base = ""
        }
        if found.count == 1 { return base + first + " " }
        var common = first
        for candidate in found.dropFirst() {
            while !candidate.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        let current = String(input.dropFirst(base.count))
        return common.count > current.count ? base + common : input
    }
}
