/// Parses the text typed after `:` into a ``PaletteCommand``. Words are separated by spaces;
/// a value with spaces can be quoted (`"West Europe"`). Errors carry the usage line of the
/// command so the user sees the exact syntax.
public enum PaletteCommandParser {
    /// Usage lines shown in errors, help and completion hints.
    public static let usages: [String: String] = [
        "add vnet": "add vnet NAME PREFIX [REGION]",
        "add subnet": "add subnet VNET NAME PREFIX",
        "peer": "peer VNET_A VNET_B",
        "set": "set PATH FIELD VALUE",
        "del": "del PATH",
        "w": "w [FILE]",
        "wq": "wq [FILE]",
        "e": "e FILE",
        "export": "export FILE.bicep",
        "export!": "export! FILE.bicep",
        "import": "import FILE.bicep|FILE.hubspoke.json",
        "suppress": "suppress RULE PATH REASON...",
        "unsuppress": "unsuppress RULE PATH",
        "diagram": DiagramPaletteCommand.usage,
        "q": "q | q!",
        "undo": "undo",
        "redo": "redo",
        "theme": "theme NAME",
        "goto": "goto PATH",
        "help": "help",
        "reach": "reach FROM TO PORT [tcp|udp|icmp]",
        "add routetable": "add routetable NAME",
        "add route": "add route ROUTETABLE NAME PREFIX NEXTHOPTYPE [NEXTHOPIP]",
        "route-through-firewall": "route-through-firewall [HUB]",
    ]

    /// What `:add` adds, in the order completion offers them and the refusal lists them.
    public static let addKinds = ["vnet", "subnet", "nsg", "rule", "routetable", "route"] + ResourceRecipe.kinds

    /// The command words in the order completion offers them.
    public static let commandWords = [
        "add", "peer", "set", "del", "attach", "detach", "goto", "w", "wq", "export", "export!", "import",
        "suppress", "unsuppress", "diagram", "e", "q", "q!", "undo", "redo", "theme", "help", "reach",
        "route-through-firewall",
    ]

    public static func parse(_ text: String) throws(PaletteError) -> PaletteCommand {
        let words = tokenize(text)
        guard let head = words.first else { throw PaletteError("type a command, e.g. :add vnet NAME PREFIX") }
        let rest = Array(words.dropFirst())
        switch head {
        case "add":
            guard let kind = rest.first else { throw PaletteError("usage: :add vnet|subnet ...") }
            let arguments = Array(rest.dropFirst())
            switch kind {
            case "vnet":
                guard arguments.count == 2 || arguments.count == 3 else { throw usage("add vnet") }
                return .addVirtualNetwork(
                    name: arguments[0], prefix: arguments[1], region: arguments.count == 3 ? arguments[2] : nil)
            case "subnet":
                guard arguments.count == 3 else { throw usage("add subnet") }
                return .addSubnet(virtualNetwork: arguments[0], name: arguments[1], prefix: arguments[2])
            case "routetable":
                guard arguments.count == 1 else { throw usage("add routetable") }
                return .addRouteTable(name: arguments[0])
            case "route":
                guard arguments.count == 4 || arguments.count == 5 else { throw usage("add route") }
                return .addRoute(
                    table: arguments[0], name: arguments[1], prefix: arguments[2], nextHopType: arguments[3],
                    nextHopIpAddress: arguments.count == 5 ? arguments[4] : nil)
            case _ where ResourceRecipe.kinds.contains(kind):
                return .addResource(try ResourceRecipe.parse(kind: kind, arguments))
            case "nsg", "rule":
                return try parseSecurityAdd(kind, arguments)
            default:
                throw PaletteError(
                    "cannot add '\(kind)': :add \(addKinds.joined(separator: "|")) ..."
                )
            }
        case "peer":
            guard rest.count == 2 else { throw usage("peer") }
            guard rest[0].lowercased() != rest[1].lowercased() else {
                throw PaletteError("a virtual network cannot be peered with itself")
            }
            return .peer(rest[0], rest[1])
        case "attach", "detach":
            return try parseAttachment(head, rest)
        case "set":
            guard rest.count >= 3 else { throw usage("set") }
            return .set(path: rest[0], field: rest[1], value: rest[2...].joined(separator: " "))
        case "del", "delete":
            guard rest.count == 1 else { throw usage("del") }
            return .delete(path: rest[0])
        case "w", "write":
            guard rest.count <= 1 else { throw usage("w") }
            return .write(file: rest.first)
        case "wq", "x":
            guard rest.count <= 1 else { throw usage("wq") }
            return .writeQuit(file: rest.first)
        case "export":
            guard rest.count == 1, rest[0].asciiLowercased.hasSuffix(".bicep") else { throw usage("export") }
            return .exportPreview(file: rest[0])
        case "export!", "import", "suppress", "unsuppress":
            return try parseFindingsAndExchange(head, rest)
        case "diagram":
            return try DiagramPaletteCommand.parse(rest)
        case "e", "edit":
            guard rest.count == 1 else { throw usage("e") }
            return .edit(file: rest[0])
        case "q", "quit":
            guard rest.isEmpty else { throw usage("q") }
            return .quit(force: false)
        case "q!", "quit!":
            guard rest.isEmpty else { throw usage("q") }
            return .quit(force: true)
        case "undo", "u":
            guard rest.isEmpty else { throw usage("undo") }
            return .undo
        case "redo":
            guard rest.isEmpty else { throw usage("redo") }
            return .redo
        case "theme":
            guard rest.count == 1 else { throw usage("theme") }
            return .theme(rest[0])
        case "goto", "go":
            guard rest.count == 1 else { throw usage("goto") }
            return .goto(path: rest[0])
        case "help", "h":
            return .help
        case "reach":
            return try parseReach(rest)
        case "route-through-firewall":
            guard rest.count <= 1 else { throw usage("route-through-firewall") }
            return .routeThroughFirewall(hub: rest.first)
        default:
            throw PaletteError("unknown command '\(head)'; commands: \(commandWords.joined(separator: " "))")
        }
    }

    static func usage(_ key: String) -> PaletteError {
        PaletteError("usage: :\(usages[key] ?? securityUsages[key] ?? key)")
    }

    /// Splits on spaces, keeping "quoted words" together (quotes removed).
    public static func tokenize(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inQuotes = false
        var hasWord = false
        for character in text {
            if character == "\"" {
                inQuotes.toggle()
                hasWord = true
            } else if character == " " && !inQuotes {
                if hasWord { words.append(current) }
                current = ""
                hasWord = false
            } else {
                current.append(character)
                hasWord = true
            }
        }
        if hasWord { words.append(current) }
        return words
    }
}

/// A command line that could not be run, with a message that says how to fix it.
public struct PaletteError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
