import HubSpokeCore

/// Tab completion for the NSG commands: NSG and route table names, directions, access,
/// protocols, service tags and common ports for `:add rule`, subnet paths and NIC names for
/// `:attach` / `:detach`.
extension PaletteCompletion {
    /// Ports people open most: SSH, RDP, HTTPS, HTTP, SQL Server, DNS, SMB, WinRM, MySQL,
    /// PostgreSQL, and every port.
    public static let commonPorts = [
        "22", "3389", "443", "80", "1433", "53", "445", "5985-5986", "3306", "5432", "8080", "*",
    ]

    /// The tags most rules use first, then the rest of the documented tags.
    public static let serviceTags: [String] =
        ["*", "Internet", "VirtualNetwork", "AzureLoadBalancer"]
        + ServiceTag.knownNames.filter { !["Internet", "VirtualNetwork", "AzureLoadBalancer"].contains($0) }

    /// Options for the word after `words` when the command is an NSG command; nil otherwise.
    static func securityOptions(after words: [String], context: CompletionContext) -> [String]? {
        switch (words.first, words.count) {
        case ("add", let position) where words.count >= 2 && words[1] == "rule":
            switch position {
            case 2: return context.securityGroups
            case 5: return ["in", "out"]
            case 6: return ["allow", "deny"]
            case 7: return SecurityRuleProtocol.allCases.map(\.rawValue)
            case 8, 9: return serviceTags
            case 10: return commonPorts
            default: return []
            }
        case ("attach", 1), ("detach", 1): return context.securityGroups + context.routeTables
        case ("attach", 2), ("detach", 2): return context.attachTargets
        default: return nil
        }
    }
}
