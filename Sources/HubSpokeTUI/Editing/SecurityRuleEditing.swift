import HubSpokeCore

/// NSG edits for `:add nsg`, `:add rule` and the NSG editor's keys. New values are checked the
/// way Azure checks them (priority 100-4096 and unique per direction, a known protocol, address
/// and port syntax) so a refused rule never enters the design; rules read from files may still
/// break these, and the validator reports them.
extension DesignEditor {
    /// The priorities Azure accepts for custom rules; the default rules sit at 65000-65500.
    public static let securityRulePriorities = 100...4096

    /// `:add nsg NAME`: an empty NSG in the deployment's default region.
    public static func addSecurityGroup(_ design: Design, name: String) throws(PaletteError) -> Design {
        guard ResourceLocation(name, in: design) == nil else {
            throw PaletteError("a resource named \(name) already exists")
        }
        guard ResourcePath(parsing: name)?.childKind == nil, !name.contains("/"), !name.contains(":") else {
            throw PaletteError("'\(name)' is not a valid name")
        }
        var copy = design
        copy.networkSecurityGroups.append(NetworkSecurityGroup(name: name))
        return copy
    }

    /// `:add rule NSG NAME PRIORITY in|out allow|deny PROTOCOL SOURCE DEST PORTS`
    public static func addSecurityRule(_ design: Design, _ spec: SecurityRuleSpec) throws(PaletteError) -> Design {
        guard case .networkSecurityGroup(let n)? = ResourceLocation(spec.securityGroup, in: design) else {
            throw PaletteError("no network security group named \(spec.securityGroup)")
        }
        let nsg = design.networkSecurityGroups[n]
        guard !spec.name.isEmpty, !spec.name.contains("/") else {
            throw PaletteError("'\(spec.name)' is not a valid name")
        }
        guard !nsg.securityRules.contains(where: { $0.name.equalsIgnoringCase(spec.name) }) else {
            throw PaletteError("\(nsg.name) already has a rule named \(spec.name)")
        }
        let rule = try spec.securityRule()
        try checkPriorityFree(rule.priority, direction: rule.direction, in: nsg, except: nil)
        var copy = design
        copy.networkSecurityGroups[n].securityRules.append(rule)
        return copy
    }

    /// Refuses a priority outside 100-4096 or one another rule of the same direction holds:
    /// Azure rejects both.
    static func checkPriorityFree(_ priority: Int, direction: String, in nsg: NetworkSecurityGroup, except: Int?)
        throws(PaletteError)
    {
        guard securityRulePriorities.contains(priority) else {
            throw PaletteError("priority \(priority) is outside 100-4096, the range Azure accepts for custom rules")
        }
        if let other = nsg.securityRules.indices.first(where: {
            $0 != except && nsg.securityRules[$0].priority == priority
                && nsg.securityRules[$0].direction.equalsIgnoringCase(direction)
        }) {
            throw PaletteError(
                "\(nsg.name) already has \(direction.lowercased()) rule \(nsg.securityRules[other].name) at priority "
                    + "\(priority); Azure refuses two rules with one priority in a direction")
        }
    }

    /// `c` in the NSG editor: a copy named `NAME-copy` (or `-copy2`...) at the first free
    /// priority after the original, so it is evaluated right after it.
    public static func duplicateSecurityRule(_ design: Design, path: String) throws(PaletteError) -> (Design, String) {
        guard case .securityRule(let n, let r)? = ResourceLocation(path, in: design) else {
            throw PaletteError("\(path) is not a security rule")
        }
        let nsg = design.networkSecurityGroups[n]
        var copyRule = nsg.securityRules[r]
        let taken = Set(
            nsg.securityRules.filter { $0.direction.equalsIgnoringCase(copyRule.direction) }.map(\.priority))
        let start = max(securityRulePriorities.lowerBound, copyRule.priority)
        guard
            let free = (start...securityRulePriorities.upperBound).first(where: { !taken.contains($0) })
                ?? securityRulePriorities.reversed().first(where: { !taken.contains($0) })
        else { throw PaletteError("\(nsg.name) has no free priority left in 100-4096") }
        var name = copyRule.name + "-copy"
        var counter = 2
        while nsg.securityRules.contains(where: { $0.name.equalsIgnoringCase(name) }) {
            name = copyRule.name + "-copy\(counter)"
            counter += 1
        }
        copyRule.name = name
        copyRule.priority = free
        var copy = design
        copy.networkSecurityGroups[n].securityRules.insert(copyRule, at: r + 1)
        return (copy, ResourcePath.child(nsg.name, .securityRules, name))
    }

    /// Space in the NSG editor: Allow becomes Deny and back.
    public static func toggleAccess(_ design: Design, path: String) throws(PaletteError) -> Design {
        guard case .securityRule(let n, let r)? = ResourceLocation(path, in: design) else {
            throw PaletteError("\(path) is not a security rule")
        }
        var copy = design
        let rule = design.networkSecurityGroups[n].securityRules[r]
        copy.networkSecurityGroups[n].securityRules[r].access = rule.isAllow ? "Deny" : "Allow"
        return copy
    }

    /// `J` / `K` in the NSG editor: see ``SecurityRulePriorityMove``.
    public static func moveSecurityRule(_ design: Design, path: String, by step: Int) throws(PaletteError) -> Design {
        guard case .securityRule(let n, let r)? = ResourceLocation(path, in: design) else {
            throw PaletteError("\(path) is not a security rule")
        }
        var copy = design
        copy.networkSecurityGroups[n].securityRules = try SecurityRulePriorityMove.move(
            r, by: step, in: design.networkSecurityGroups[n].securityRules)
        return copy
    }
}
