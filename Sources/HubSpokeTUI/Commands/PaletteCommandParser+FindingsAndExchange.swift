/// The palette's findings and file-exchange commands: `:suppress`, `:unsuppress`, `:import`
/// and `:export!` (`:export` itself stays beside `:w` in the main parser).
extension PaletteCommandParser {
    static func parseFindingsAndExchange(_ head: String, _ rest: [String]) throws(PaletteError) -> PaletteCommand {
        switch head {
        case "export!":
            guard rest.count == 1, rest[0].asciiLowercased.hasSuffix(".bicep") else { throw usage("export!") }
            return .export(file: rest[0])
        case "import":
            guard rest.count == 1 else { throw usage("import") }
            let lower = rest[0].asciiLowercased
            guard lower.hasSuffix(".bicep") || lower.hasSuffix(".json") else {
                throw PaletteError("cannot import \(rest[0]): :import reads .bicep and .hubspoke.json files")
            }
            return .importDesign(file: rest[0])
        case "suppress":
            guard rest.count >= 2 else { throw usage("suppress") }
            guard rest.count >= 3 else {
                throw PaletteError("a suppression needs a reason: :suppress \(rest[0]) \(rest[1]) REASON...")
            }
            return .suppress(rule: rest[0], path: rest[1], reason: rest[2...].joined(separator: " "))
        default:
            guard rest.count == 2 else { throw usage("unsuppress") }
            return .unsuppress(rule: rest[0], path: rest[1])
        }
    }
}
