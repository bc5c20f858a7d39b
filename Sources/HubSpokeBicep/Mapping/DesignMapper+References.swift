import HubSpokeCore

/// References: every resource the design holds gets a design path, found again from a
/// symbolic reference (`vnet`, `vnet::subnet`), a structured resource id (`vnet.id`,
/// `resourceId(...)`, `'${vnet.id}/subnets/x'`) or ARM id text.
extension DesignMapper {
    /// What a reference property points at.
    enum Resolved: Equatable {
        /// A resource of the design, by path.
        case path(String)
        /// A fully known resource id outside the design, kept as written.
        case external(String)
        /// Not knowable offline: the source text.
        case unknown(String)
    }

    /// Child kinds by lower-cased ARM child type (`virtualnetworks/subnets`).
    static let childKinds: [String: ResourcePath.ChildKind] = [
        "microsoft.network/virtualnetworks/subnets": .subnets,
        "microsoft.network/virtualnetworks/virtualnetworkpeerings": .virtualNetworkPeerings,
        "microsoft.network/networksecuritygroups/securityrules": .securityRules,
        "microsoft.network/routetables/routes": .routes,
        "microsoft.network/firewallpolicies/rulecollectiongroups": .ruleCollectionGroups,
    ]

    /// Top-level types that have a design path.
    static let topLevelTypes: Set<String> = [
        "microsoft.network/virtualnetworks", "microsoft.network/networksecuritygroups",
        "microsoft.network/applicationsecuritygroups", "microsoft.network/routetables",
        "microsoft.network/publicipaddresses", "microsoft.network/networkinterfaces",
        "microsoft.compute/virtualmachines", "microsoft.network/virtualnetworkgateways",
        "microsoft.network/localnetworkgateways", "microsoft.network/connections",
        "microsoft.network/azurefirewalls", "microsoft.network/firewallpolicies",
        "microsoft.network/bastionhosts", "microsoft.network/virtualhubs", "microsoft.network/loadbalancers",
    ]

    /// `type|name/name`, lower-cased; nil when a name is not known. Built in one string
    /// (every resource and inline child registers one, and references look them up).
    static func idKey(_ id: BicepResourceId) -> String? {
        var key = id.providerNamespace
        for type in id.types {
            key += "/"
            key += type
        }
        key += "|"
        for (index, name) in id.names.enumerated() {
            guard let text = name.stringValue else { return nil }
            if index > 0 { key += "/" }
            key += text
        }
        return key.asciiLowercased
    }

    /// The names of a resource instance: its id's names, or a placeholder from the symbol.
    func names(of resource: EvaluatedResource) -> [String] {
        var out: [String] = []
        for (i, n) in resource.id.names.enumerated() {
            if let s = n.stringValue {
                out.append(s)
            } else if i == resource.id.names.count - 1 {
                out.append(Self.placeholderName(resource))
            } else {
                out.append(n.description)
            }
        }
        return out.isEmpty ? [Self.placeholderName(resource)] : out
    }

    /// A stand-in name for a resource whose name is not known offline: its symbol (and loop index).
    static func placeholderName(_ resource: EvaluatedResource) -> String {
        let symbol = resource.symbolicName.split(separator: ":").last.map(String.init) ?? resource.symbolicName
        return resource.loopIndex.map { "\(symbol)-\($0)" } ?? symbol
    }

    /// The design path of a resource instance, from its type and names.
    func designPath(of resource: EvaluatedResource) -> String? {
        let type = resource.type.asciiLowercased
        let names = names(of: resource)
        if Self.topLevelTypes.contains(type) { return names.last }
        if let kind = Self.childKinds[type], names.count >= 2 {
            return ResourcePath.child(names[names.count - 2], kind, names[names.count - 1])
        }
        return nil
    }

    mutating func registerPaths() {
        for resource in template.resources {
            guard let path = designPath(of: resource) else { continue }
            // An `existing` resource other than a VNet (or its subnets) is not in the design:
            // references to it stay resource ids.
            if resource.isExisting && !resource.type.asciiLowercased.hasPrefix("microsoft.network/virtualnetworks") {
                continue
            }
            pathByReference[resource.reference] = path
            register(resource.id, path: path)
            // Inline children have ids too (`'${vnet.id}/subnets/x'`, `vnet.properties.subnets[0].id`).
            for (key, kind) in Self.inlineChildren[resource.type.asciiLowercased] ?? [] {
                for item in resource[BicepPropertyPath([.key("properties"), .key(key)])]?.arrayValue ?? [] {
                    guard let name = item["name"]?.stringValue else { continue }
                    register(
                        resource.id.child(type: key, name: .string(name)),
                        path: ResourcePath.child(path, kind, name))
                }
            }
        }
    }

    /// Inline child arrays by parent type: the property, which is also the child type name.
    static let inlineChildren: [String: [(String, ResourcePath.ChildKind)]] = [
        "microsoft.network/virtualnetworks": [
            ("subnets", .subnets), ("virtualNetworkPeerings", .virtualNetworkPeerings),
        ],
        "microsoft.network/networksecuritygroups": [("securityRules", .securityRules)],
        "microsoft.network/routetables": [("routes", .routes)],
    ]

    mutating func register(_ id: BicepResourceId, path: String) {
        guard let key = Self.idKey(id) else { return }
        byIDKey[key] = RegisteredID(
            path: path, subscription: id.subscriptionId?.stringValue, resourceGroup: id.resourceGroup?.stringValue)
    }

    /// Resolves a reference value (`{ id: ... }`, a resource id, ARM id text or a symbol).
    func resolve(_ value: BicepValue) -> Resolved {
        switch value {
        case .object(let object):
            guard let id = object["id"] else { return .unknown(value.description) }
            return resolve(id)
        case .resource(let reference):
            if let path = pathByReference[reference] { return .path(path) }
            return .unknown(reference.description)
        case .resourceId(let id):
            if let key = Self.idKey(id), let registered = byIDKey[key], scopeMatches(id, registered) {
                return .path(registered.path)
            }
            return id.isFullyKnown ? .external(id.description) : .unknown(id.description)
        case .string(let text):
            if let id = BicepResourceId(parsing: text), let key = Self.idKey(id), let registered = byIDKey[key],
                scopeMatches(id, registered)
            {
                return .path(registered.path)
            }
            return text.hasPrefix("/") ? .external(text) : .unknown(text)
        case .unknown(let text):
            if let path = subnetByIndex(text) { return .path(path) }
            return .unknown(text)
        default:
            return .unknown(value.description)
        }
    }

    /// An id names the design's resource when its explicit subscription and resource group
    /// (if any) agree with the ones the resource was declared with.
    func scopeMatches(_ id: BicepResourceId, _ registered: RegisteredID) -> Bool {
        let (sub, rg) = (registered.subscription, registered.resourceGroup)
        let idSub = id.subscriptionId?.stringValue
        let idRG = id.resourceGroup?.stringValue
        func same(_ a: String?, _ b: String?) -> Bool {
            switch (a, b) {
            case (nil, nil): return true
            case (let x?, let y?): return x.equalsIgnoringCase(y)
            default: return false
            }
        }
        return same(sub, idSub) && same(rg, idRG)
    }

    /// `vnet.properties.subnets[0].id` when the evaluator left it unknown: the subnet at that
    /// index of the VNet's inline list.
    func subnetByIndex(_ text: String) -> String? {
        let compact = text.filter { !$0.isWhitespace }
        guard compact.hasSuffix("].id"), let range = compact.firstRange(of: ".properties.subnets[") else { return nil }
        let symbol = String(compact[..<range.lowerBound])
        let indexText = compact[range.upperBound...].dropLast(4)
        guard let index = Int(indexText),
            let vnet = template.resources.first(where: {
                $0.symbolicName == symbol && $0.type.equalsIgnoringCase("Microsoft.Network/virtualNetworks")
            }),
            let vnetPath = pathByReference[vnet.reference],
            let name = vnet[BicepPropertyPath([.key("properties"), .key("subnets"), .index(index), .key("name")])]?
                .stringValue
        else { return nil }
        return ResourcePath.child(vnetPath, .subnets, name)
    }

    /// A reference property as a design path (or external id); an unknown reference is
    /// recorded and `placeholder` returned.
    mutating func reference(
        _ resource: EvaluatedResource, _ bicepPath: BicepPropertyPath, path: String, field: String,
        placeholder: String? = nil
    ) -> String? {
        guard let value = resource[bicepPath], !value.isNull else { return nil }
        recordField(resource, bicepPath, path: path, field: field)
        switch resolve(value) {
        case .path(let p): return p
        case .external(let id): return id
        case .unknown(let text):
            recordUnknown(resource, bicepPath, path: path, field: field, text: text)
            return placeholder
        }
    }

    /// A list of `{ id: ... }` references.
    mutating func references(
        _ resource: EvaluatedResource, _ bicepPath: BicepPropertyPath, path: String, field: String
    ) -> [String]? {
        guard let value = resource[bicepPath], case .array(let items) = value else { return nil }
        recordField(resource, bicepPath, path: path, field: field)
        var out: [String] = []
        for (i, _) in items.enumerated() {
            if let p = reference(resource, bicepPath.appending(.index(i)), path: path, field: field) { out.append(p) }
        }
        return out
    }
}
