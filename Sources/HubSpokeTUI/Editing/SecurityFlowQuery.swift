import HubSpokeCore

/// "Which rule decides?" (`w` in the NSG editor): the offline twin of Network Watcher's IP flow
/// verify for one NSG. The words name a flow in any order: two addresses (source first), a
/// port, a protocol (Tcp when omitted) and `in` or `out` (in when omitted). The core's
/// ``SecurityRuleEvaluator`` picks the rule, so the editor and reachability never disagree.
public struct SecurityFlowQuery: Hashable, Sendable {
    public var flow: SecurityFlow
    public var direction: SecurityRuleDirection

    public static let usage = "SOURCE DEST PORT [PROTOCOL] [in|out], e.g. 203.0.113.5 10.1.0.4 3389 tcp in"

    public init(flow: SecurityFlow, direction: SecurityRuleDirection) {
        self.flow = flow
        self.direction = direction
    }

    public init(parsing text: String) throws(PaletteError) {
        var addresses: [IPAddress] = []
        var port: Int?
        var proto: SecurityRuleProtocol?
        var direction = SecurityRuleDirection.inbound
        for word in PaletteCommandParser.tokenize(text) {
            switch word.lowercased() {
            case "in", "inbound": direction = .inbound
            case "out", "outbound": direction = .outbound
            default:
                if let address = IPAddress(word) {
                    addresses.append(address)
                } else if let number = Int(word), (0...65535).contains(number) {
                    port = number
                } else if let parsed = SecurityRuleProtocol(word), parsed != .any {
                    proto = parsed
                } else {
                    throw PaletteError("'\(word)' is not an address, a port, a protocol or in/out; \(Self.usage)")
                }
            }
        }
        guard addresses.count == 2 else {
            throw PaletteError("give a source and a destination address: \(Self.usage)")
        }
        let chosen = proto ?? .tcp
        self.init(
            flow: SecurityFlow(
                protocol: chosen, source: addresses[0], destination: addresses[1],
                destinationPort: chosen.hasPorts ? port : nil),
            direction: direction)
    }

    /// Evaluates NSG `n`. `VirtualNetwork` stands for the address spaces of the VNets the NSG
    /// is attached in and of their peers (every VNet of the design when it is not attached yet);
    /// `Internet` and `AzureLoadBalancer` as the core defines them.
    public func decide(in design: Design, securityGroup n: Int) -> SecurityRuleDecision {
        let verdict = SecurityRuleEvaluator.evaluate(
            design.networkSecurityGroups[n], direction: direction, flow: flow,
            resolver: .standard(virtualNetwork: Self.virtualNetworkTag(design, securityGroup: n)))
        let nsg = design.networkSecurityGroups[n].name
        switch verdict {
        case .decided(let rule, let access):
            return SecurityRuleDecision(
                securityGroup: nsg, direction: direction.rawValue, ruleName: rule.name, priority: rule.priority,
                outcome: access == .allow ? "Allow" : "Deny", flow: describe(), reason: nil)
        case .undetermined(let rule, let reason):
            return SecurityRuleDecision(
                securityGroup: nsg, direction: direction.rawValue, ruleName: rule.name, priority: rule.priority,
                outcome: "cannot tell", flow: describe(), reason: reason)
        }
    }

    func describe() -> String {
        let port = flow.destinationPort.map { ":\($0)" } ?? ""
        return "\(flow.protocol) \(flow.source) → \(flow.destination)\(port) \(direction.rawValue.lowercased())"
    }

    static func virtualNetworkTag(_ design: Design, securityGroup n: Int) -> AddressSet {
        var names = Set<String>()
        for path in Attachment.associations(ofSecurityGroup: n, in: design) {
            switch ResourceLocation(path, in: design) {
            case .subnet(let v, _)?: names.insert(design.virtualNetworks[v].name.asciiLowercased)
            case .networkInterface(let i)?:
                for configuration in design.networkInterfaces[i].ipConfigurations {
                    if let vnet = configuration.subnet.split(separator: "/").first {
                        names.insert(String(vnet).asciiLowercased)
                    }
                }
            default: break
            }
        }
        var vnets = design.virtualNetworks.filter { names.contains($0.name.asciiLowercased) }
        if vnets.isEmpty {
            vnets = design.virtualNetworks
        } else {
            let peers = Set(vnets.flatMap { $0.virtualNetworkPeerings.map(\.remoteVirtualNetwork.asciiLowercased) })
            vnets += design.virtualNetworks.filter {
                peers.contains($0.name.asciiLowercased) && !names.contains($0.name.asciiLowercased)
            }
        }
        return AddressSet(vnets.flatMap { $0.addressPrefixes.compactMap { AddressPrefix($0) } })
    }
}

/// The answer of a ``SecurityFlowQuery``: the rule that matches first (custom or default),
/// highlighted in the NSG editor and named in the message line.
public struct SecurityRuleDecision: Hashable, Sendable {
    public var securityGroup: String
    public var direction: String
    public var ruleName: String
    public var priority: Int
    /// `Allow`, `Deny` or `cannot tell`.
    public var outcome: String
    public var flow: String
    /// Why the rule could not be decided (an unresolved service tag, an unknown port).
    public var reason: String?

    public var message: String {
        let isDefault = priority >= 65000 ? ", default rule" : ""
        if let reason {
            return "\(flow): cannot tell at \(ruleName) (\(priority)\(isDefault)): \(reason)"
        }
        return "\(flow): \(outcome) by \(ruleName) (\(priority)\(isDefault))"
    }

    /// True when this decision names `rule` of `direction` in NSG `securityGroup`.
    public func names(_ rule: SecurityRule, in securityGroup: String) -> Bool {
        securityGroup.equalsIgnoringCase(self.securityGroup) && rule.name.equalsIgnoringCase(ruleName)
            && rule.priority == priority && rule.direction.equalsIgnoringCase(direction)
    }
}
