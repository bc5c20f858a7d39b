/// A structured ARM resource id: where the resource lives and its type and name segments,
/// each possibly unknown. It prints as the ARM id text, so
/// `/subscriptions/{subscription}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet`
/// can be matched to a resource of the design whatever Bicep spelling produced it.
public struct BicepResourceId: Hashable, Sendable, CustomStringConvertible {
    /// Where the id is rooted.
    public enum Scope: String, Hashable, Sendable, Codable {
        case resourceGroup
        case subscription
        case tenant
    }

    public var scope: Scope
    /// nil: the subscription of the deployment (as `subscription().subscriptionId`).
    public var subscriptionId: BicepValue?
    /// nil: the resource group of the deployment (as `resourceGroup().name`).
    public var resourceGroup: BicepValue?
    /// `Microsoft.Network`; empty for the id of a resource group or subscription itself.
    public var providerNamespace: String
    /// `["virtualNetworks", "subnets"]`
    public var types: [String]
    /// One name per type: `[hub, GatewaySubnet]`.
    public var names: [BicepValue]

    public init(
        scope: Scope = .resourceGroup, subscriptionId: BicepValue? = nil, resourceGroup: BicepValue? = nil,
        providerNamespace: String, types: [String], names: [BicepValue]
    ) {
        self.scope = scope
        self.subscriptionId = subscriptionId
        self.resourceGroup = resourceGroup
        self.providerNamespace = providerNamespace
        self.types = types
        self.names = names
    }

    /// Builds an id from a full type (`Microsoft.Network/virtualNetworks/subnets`) and names.
    public init(
        fullType: String, names: [BicepValue], scope: Scope = .resourceGroup, subscriptionId: BicepValue? = nil,
        resourceGroup: BicepValue? = nil
    ) {
        let parts = fullType.split(separator: "/").map(String.init)
        self.init(
            scope: scope, subscriptionId: subscriptionId, resourceGroup: resourceGroup,
            providerNamespace: parts.first ?? "", types: Array(parts.dropFirst()), names: names)
    }

    /// `Microsoft.Network/virtualNetworks/subnets`
    public var fullType: String { ([providerNamespace] + types).joined(separator: "/") }

    /// The resource's own (last) name.
    public var name: BicepValue? { names.last }

    /// Whether every name (and an explicit subscription or resource group) is known.
    public var isFullyKnown: Bool {
        names.allSatisfy(\.isFullyKnown) && (subscriptionId?.isFullyKnown ?? true)
            && (resourceGroup?.isFullyKnown ?? true)
    }

    /// The id of a child: `vnet.id` + `subnets`/`GatewaySubnet`.
    public func child(type: String, name: BicepValue) -> BicepResourceId {
        var copy = self
        copy.types.append(type)
        copy.names.append(name)
        return copy
    }

    /// The parent resource's id (`.../virtualNetworks/hub` for a subnet), nil for a top-level resource.
    public var parent: BicepResourceId? {
        guard types.count > 1 else { return nil }
        var copy = self
        copy.types.removeLast()
        copy.names.removeLast()
        return copy
    }

    /// Same resource, ignoring whether subscription and resource group are implicit or spelled out.
    public func sameResource(as other: BicepResourceId) -> Bool {
        fullType.lowercased() == other.fullType.lowercased() && names.count == other.names.count
            && zip(names, other.names).allSatisfy { a, b in
                if let x = a.stringValue, let y = b.stringValue { return x.lowercased() == y.lowercased() }
                return a == b
            }
    }

    public var description: String {
        func segment(_ value: BicepValue?, implicit: String) -> String {
            guard let value else { return "{\(implicit)}" }
            switch value {
            case .string(let s): return s
            case .unknown(let text): return "{\(text)}"
            default: return "{\(value.description)}"
            }
        }
        var text = ""
        if scope != .tenant {
            text += "/subscriptions/" + segment(subscriptionId, implicit: "subscription().subscriptionId")
        }
        if scope == .resourceGroup {
            text += "/resourceGroups/" + segment(resourceGroup, implicit: "resourceGroup().name")
        }
        if !providerNamespace.isEmpty {
            text += "/providers/" + providerNamespace
            for (type, name) in zip(types, names) {
                text += "/" + type + "/" + segment(name, implicit: "name")
            }
        }
        return text
    }

    /// Parses ARM id text such as `/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub`.
    /// Returns nil when the text is not a resource id.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var index = 0
        var subscription: BicepValue? = nil
        var group: BicepValue? = nil
        var scope = Scope.tenant
        if index + 1 < parts.count, parts[index].lowercased() == "subscriptions" {
            subscription = .string(parts[index + 1])
            scope = .subscription
            index += 2
        }
        if index + 1 < parts.count, parts[index].lowercased() == "resourcegroups" {
            group = .string(parts[index + 1])
            scope = .resourceGroup
            index += 2
        }
        if index == parts.count, subscription != nil {
            self.init(
                scope: scope, subscriptionId: subscription, resourceGroup: group, providerNamespace: "", types: [],
                names: [])
            return
        }
        guard index + 1 < parts.count, parts[index].lowercased() == "providers" else { return nil }
        let namespace = parts[index + 1]
        index += 2
        var types: [String] = []
        var names: [BicepValue] = []
        while index + 1 < parts.count {
            types.append(parts[index])
            names.append(.string(parts[index + 1]))
            index += 2
        }
        guard index == parts.count, !types.isEmpty else { return nil }
        self.init(
            scope: scope, subscriptionId: subscription, resourceGroup: group, providerNamespace: namespace,
            types: types, names: names)
    }
}
