import HubSpokeCore

/// The words of `:add rule NSG NAME PRIORITY in|out allow|deny PROTOCOL SOURCE DEST PORTS`, as
/// typed. `securityRule()` checks them and builds the rule Azure would accept: source ports `*`,
/// a list written to the plural field (Azure's singular and plural forms exclude each other).
public struct SecurityRuleSpec: Hashable, Sendable {
    public var securityGroup: String
    public var name: String
    public var priority: String
    public var direction: String
    public var access: String
    public var `protocol`: String
    public var source: String
    public var destination: String
    public var ports: String

    public init(
        securityGroup: String, name: String, priority: String, direction: String, access: String,
        protocol: String, source: String, destination: String, ports: String
    ) {
        self.securityGroup = securityGroup
        self.name = name
        self.priority = priority
        self.direction = direction
        self.access = access
        self.protocol = `protocol`
        self.source = source
        self.destination = destination
        self.ports = ports
    }

    /// Reads the words after `:add rule`.
    init(words: [String]) throws(PaletteError) {
        guard words.count == 9 else { throw PaletteCommandParser.usage("add rule") }
        self.init(
            securityGroup: words[0], name: words[1], priority: words[2], direction: words[3], access: words[4],
            protocol: words[5], source: words[6], destination: words[7], ports: words[8])
    }

    /// The rule, or the first word Azure would refuse and why. Priority range and uniqueness
    /// need the NSG and are checked by ``DesignEditor/addSecurityRule(_:_:)``.
    public func securityRule() throws(PaletteError) -> SecurityRule {
        guard let priority = Int(priority) else {
            throw PaletteError("priority '\(self.priority)' is not a whole number (100-4096)")
        }
        let direction: String
        switch self.direction.lowercased() {
        case "in", "inbound": direction = "Inbound"
        case "out", "outbound": direction = "Outbound"
        default: throw PaletteError("direction '\(self.direction)' is not in or out")
        }
        let access: String
        switch self.access.lowercased() {
        case "allow": access = "Allow"
        case "deny": access = "Deny"
        default: throw PaletteError("access '\(self.access)' is not allow or deny")
        }
        guard let proto = SecurityRuleProtocol(self.protocol) else {
            throw PaletteError("protocol '\(self.protocol)' is not one of Tcp, Udp, Icmp, Esp, Ah, *")
        }
        let sources = try Self.addresses(source, side: "source")
        let destinations = try Self.addresses(destination, side: "destination")
        let ports = try Self.ports(ports)
        return SecurityRule(
            name: name, priority: priority, direction: direction, access: access, protocol: proto.rawValue,
            sourceAddressPrefix: sources.count == 1 ? sources[0] : nil,
            sourceAddressPrefixes: sources.count > 1 ? sources : nil, sourcePortRange: "*",
            destinationAddressPrefix: destinations.count == 1 ? destinations[0] : nil,
            destinationAddressPrefixes: destinations.count > 1 ? destinations : nil,
            destinationPortRange: ports.count == 1 ? ports[0] : nil,
            destinationPortRanges: ports.count > 1 ? ports : nil)
    }

    /// A prefix, an address, a service tag, `*`, or a comma list of them (the core's parser
    /// decides, so the editor and the validator agree on what is valid).
    static func addresses(_ text: String, side: String) throws(PaletteError) -> [String] {
        let values = ResourceFields.list(text)
        guard !values.isEmpty else { throw PaletteError("the \(side) is empty; use *, a prefix or a service tag") }
        for value in values {
            if case .failure(let error) = SecurityRuleAddress.parse(value) {
                throw PaletteError("\(side): \(error.description)")
            }
        }
        if values.count > 1, values.contains("*") {
            throw PaletteError("\(side): '*' already means every address; do not list it with others")
        }
        return values
    }

    /// A port, a range `1000-2000`, `*` or a comma list of them.
    static func ports(_ text: String) throws(PaletteError) -> [String] {
        let values = ResourceFields.list(text)
        guard !values.isEmpty else { throw PaletteError("ports are empty; use *, 443, 1000-2000 or 80,443") }
        for value in values {
            if case .failure(let error) = PortRange.parse(value) { throw PaletteError("ports: \(error)") }
        }
        return values
    }
}
