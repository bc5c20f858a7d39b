/// The parts of an ARM resource ID that matter for resolving it inside a design:
/// `/subscriptions/S/resourceGroups/RG/providers/Microsoft.Network/virtualNetworks/NAME[/subnets/CHILD]`.
public struct ARMResourceID: Hashable, Sendable {
    public var subscriptionId: String?
    public var resourceGroup: String?
    /// Provider namespace and type, e.g. `Microsoft.Network/virtualNetworks`.
    public var type: String
    public var name: String
    public var childType: String?
    public var childName: String?

    public init?(_ text: String) {
        let parts = text.split(separator: "/").map(String.init)
        var i = 0
        var subscription: String?
        var group: String?
        while i + 1 < parts.count {
            let key = parts[i].asciiLowercased
            if key == "subscriptions" {
                subscription = parts[i + 1]
                i += 2
            } else if key == "resourcegroups" {
                group = parts[i + 1]
                i += 2
            } else if key == "providers" {
                break
            } else {
                return nil
            }
        }
        guard i < parts.count, parts[i].asciiLowercased == "providers", i + 3 < parts.count else { return nil }
        subscriptionId = subscription
        resourceGroup = group
        type = parts[i + 1] + "/" + parts[i + 2]
        name = parts[i + 3]
        if i + 5 < parts.count {
            childType = parts[i + 4]
            childName = parts[i + 5]
        }
    }

    /// The ID of the parent resource of a child-resource ID (drops `/kind/child`).
    public static func parentID(of text: String) -> String? {
        guard let id = ARMResourceID(text), id.childName != nil else { return nil }
        var parts = text.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(2)
        return parts.joined(separator: "/")
    }
}
