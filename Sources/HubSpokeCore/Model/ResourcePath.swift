/// The one grammar that names a resource everywhere: findings, `:set`/`:goto`/`:del`, `reach`
/// and suppressions (see contracts.md "Resource paths").
///
/// - top level: `vnet-hub`, or `rg-conn:vnet-hub` when the name repeats across resource groups;
/// - children: `VNET/subnets/NAME`, `VNET/virtualNetworkPeerings/NAME`, `NSG/securityRules/NAME`,
///   `ROUTETABLE/routes/NAME`, `POLICY/ruleCollectionGroups/NAME`.
///
/// Input is case-insensitive and accepts the aliases `peerings` and `rules`.
public struct ResourcePath: Hashable, Sendable, CustomStringConvertible {
    public enum ChildKind: String, Hashable, Sendable, CaseIterable {
        case subnets
        case virtualNetworkPeerings
        case securityRules
        case routes
        case ruleCollectionGroups

        /// Parses a child type name, accepting the documented aliases, case-insensitively.
        public init?(segment: some StringProtocol) {
            let key = segment.asciiLowercased
            switch key {
            case "peerings": self = .virtualNetworkPeerings
            case "rules": self = .securityRules
            default:
                guard let kind = ChildKind.allCases.first(where: { $0.rawValue.asciiLowercased == key }) else {
                    return nil
                }
                self = kind
            }
        }
    }

    public var resourceGroup: String?
    public var name: String
    public var childKind: ChildKind?
    public var childName: String?

    public init(resourceGroup: String? = nil, name: String, childKind: ChildKind? = nil, childName: String? = nil) {
        self.resourceGroup = resourceGroup
        self.name = name
        self.childKind = childKind
        self.childName = childName
    }

    public static func child(_ parent: String, _ kind: ChildKind, _ name: String) -> String {
        "\(parent)/\(kind.rawValue)/\(name)"
    }

    /// Parses `name`, `rg:name`, `name/kind/child`; nil for any other shape.
    public init?(parsing text: some StringProtocol) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        let head = parts[0]
        if let colon = head.firstIndex(of: ":") {
            resourceGroup = String(head[..<colon])
            name = String(head[head.index(after: colon)...])
            guard !resourceGroup!.isEmpty, !name.isEmpty else { return nil }
        } else {
            resourceGroup = nil
            name = String(head)
        }
        if parts.count == 3 {
            guard let kind = ChildKind(segment: parts[1]) else { return nil }
            childKind = kind
            childName = String(parts[2])
        }
    }

    /// The path of the top-level resource (drops the child part).
    public var parent: ResourcePath { ResourcePath(resourceGroup: resourceGroup, name: name) }

    public var description: String {
        let head = resourceGroup.map { "\($0):\(name)" } ?? name
        guard let childKind, let childName else { return head }
        return "\(head)/\(childKind.rawValue)/\(childName)"
    }

    /// A lower-cased key for dictionary lookups (paths are case-insensitive on input).
    public var lookupKey: String { description.asciiLowercased }
}
