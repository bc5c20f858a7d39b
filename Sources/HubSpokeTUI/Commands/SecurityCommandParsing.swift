/// The NSG commands of the palette: `:add nsg`, `:add rule`, `:attach`, `:detach`.
extension PaletteCommandParser {
    /// Usage lines, merged into `usages` for errors and help.
    static let securityUsages: [String: String] = [
        "add nsg": "add nsg NAME",
        "add rule": "add rule NSG NAME PRIORITY in|out allow|deny PROTOCOL SOURCE DEST PORTS",
        "attach": "attach NSG_OR_ROUTETABLE PATH",
        "detach": "detach NSG_OR_ROUTETABLE PATH",
    ]

    /// `:add nsg NAME` and `:add rule ...` (the words after `add`).
    static func parseSecurityAdd(_ kind: String, _ arguments: [String]) throws(PaletteError) -> PaletteCommand {
        if kind == "nsg" {
            guard arguments.count == 1 else { throw usage("add nsg") }
            return .addSecurityGroup(name: arguments[0])
        }
        return .addSecurityRule(try SecurityRuleSpec(words: arguments))
    }

    /// `:attach NSG_OR_ROUTETABLE PATH` and `:detach NSG_OR_ROUTETABLE PATH`.
    static func parseAttachment(_ head: String, _ arguments: [String]) throws(PaletteError) -> PaletteCommand {
        guard arguments.count == 2 else { throw usage(head) }
        return head == "attach"
            ? .attach(resource: arguments[0], path: arguments[1]) : .detach(resource: arguments[0], path: arguments[1])
    }
}
